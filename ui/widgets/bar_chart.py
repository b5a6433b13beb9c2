"""A small horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials).

One bar per label; an optional second value per bar is drawn as a marker (the target, or the
base year's figure) so people see at a glance who is ahead of plan and who is behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ntm_desktop.common.text import format_number

BAR = QColor("#2f6fb0")
BAR_BEHIND = QColor("#d08a2c")
MARKER = QColor("#202020")
ROW_HEIGHT = 20
MIN_ROW_HEIGHT = 12


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    marker: float | None = None


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.marker_name = ""
        self.decimals = 0
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(
        self, title: str, bars: Sequence[Bar], *, marker_name: str = "", decimals: int = 0
    ) -> None:
        self.title = title
        self.bars = list(bars)
        self.marker_name = marker_name
        self.decimals = decimals
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 40 + ROW_HEIGHT * max(1, len(self.bars)))

    def minimumSizeHint(self) -> QSize:
        """Every bar drawn, at the smallest row the painter uses."""
        return QSize(240, 32 + MIN_ROW_HEIGHT * max(1, len(self.bars)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        painter.fillRect(self.rect(), self.palette().base())
        painter.setPen(self.palette().text().color())
        legend = self.title
        if self.marker_name:
            legend += self.tr("   ▮ thực hiện   | {0}").format(self.marker_name)
        painter.drawText(QRectF(8, 4, self.width() - 16, 20), Qt.AlignmentFlag.AlignLeft, legend)
        if not self.bars:
            painter.end()
            return
        label_width = min(
            max(metrics.horizontalAdvance(bar.label) for bar in self.bars) + 12, self.width() // 3
        )
        value_width = metrics.horizontalAdvance("000.000,0") + 8
        left, top = 8 + label_width, 28
        span = max(20, self.width() - left - value_width - 8)
        row = max(MIN_ROW_HEIGHT, min(ROW_HEIGHT, (self.height() - top - 4) // len(self.bars)))
        largest = max(
            [abs(v) for bar in self.bars for v in (bar.value, bar.marker) if v is not None] or [1]
        )
        scale = span / (largest or 1)
        for index, bar in enumerate(self.bars):
            y = top + index * row
            painter.setPen(self.palette().text().color())
            text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                QRectF(8, y, label_width - 8, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                text,
            )
            if bar.value is not None:
                behind = bar.marker is not None and bar.value < bar.marker
                width = max(0.0, bar.value) * scale
                painter.fillRect(QRectF(left, y + 3, width, row - 6), BAR_BEHIND if behind else BAR)
                painter.drawText(
                    QRectF(left + width + 4, y, value_width, row),
                    Qt.AlignmentFlag.AlignVCenter,
                    format_number(bar.value, self.decimals),
                )
            if bar.marker is not None:
                x = left + max(0.0, bar.marker) * scale
                painter.setPen(QPen(MARKER, 2))
                painter.drawLine(int(x), y + 1, int(x), y + row - 1)
        painter.end()
