"""A commune's group (nhóm 1, 2, 3) on its page: the group in force, its history, and the small
form in which the province office sets it (disabled, with the reason, for any other office)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.checklist import group_scores
from ntm_desktop.common.errors import NtmError
from ntm_desktop.common.text import format_date
from ntm_desktop.storage import Database
from ntm_desktop.units import groups, units
from ui import messages
from ui.widgets.elided_label import ElidedLabel


class CommuneGroupPanel(QWidget):
    changed = Signal(str)  # the commune whose group was set

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.unit_code: str | None = None
        self.current = QLabel()
        # One line (each line here is a checklist row less); each period's basis and who set it
        # are in its tooltip.
        self.history = ElidedLabel()
        self.history.setStyleSheet("color: #444;")
        self.group = QComboBox()
        for number in groups.GROUPS:
            self.group.addItem(self.tr("Nhóm {0}").format(number), number)
        self.start = QDateEdit()
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.start.setCalendarPopup(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Căn cứ, ví dụ 12/QĐ-UBND"))
        self.save_button = QPushButton(self.tr("Ghi nhóm"))
        self.save_button.clicked.connect(self.save)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.current)
        line.addStretch(1)
        self.form_label = QLabel(self.tr("Xếp nhóm từ ngày"))
        for widget in (self.group, self.form_label, self.start):
            line.addWidget(widget)
        line.addWidget(self.note, 1)
        line.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.history)
        self.hide()

    def show_unit(self, unit: units.Unit) -> None:
        """Shown for a rural commune of the tree without districts; a ward says it has none."""
        self.unit_code = unit.code
        try:
            groups.check_commune(self.db, unit.code)
        except NtmError:
            self.hide()
            return
        self.show()
        today = date.today()
        found = groups.history(self.db, unit.code)
        now = next((period for period in found if period.covers(today)), None)
        if now is None:
            self.current.setText(
                self.tr("<b>Nhóm xã:</b> chưa xếp nhóm (tỉnh xếp nhóm 1, 2 hoặc 3)")
            )
        else:
            self.current.setText(
                self.tr("<b>Nhóm xã: nhóm {0}</b> từ {1}").format(
                    now.group, format_date(now.valid_from)
                )
            )
        self._show_history(found)
        self.history.setVisible(bool(found))
        self.start.setDate(QDate(today.year, today.month, today.day))
        if now is not None:
            self.group.setCurrentIndex(self.group.findData(now.group))
        refusal = groups.refusal(self.db)
        for widget in (self.group, self.form_label, self.start, self.note, self.save_button):
            widget.setEnabled(refusal is None)
            widget.setToolTip(refusal or "")

    def _show_history(self, found: list[groups.GroupPeriod]) -> None:
        spans, details = [], []
        for period in found:
            end = format_date(period.valid_to) if period.valid_to else self.tr("nay")
            span = self.tr("nhóm {0} ({1} – {2})").format(
                period.group, format_date(period.valid_from), end
            )
            spans.append(span)
            extra = [period.note] if period.note else []
            logged = groups.last_change(self.db, period)
            if logged is not None:
                when = format_date(date.fromisoformat(logged.wall_time[:10]))
                extra.append(self.tr("{0} ghi ngày {1}").format(logged.user_name, when))
            details.append(f"{span}: {'; '.join(extra)}" if extra else span)
        self.history.set_full_text(self.tr("Lịch sử nhóm: {0}").format(" · ".join(spans)))
        self.history.setToolTip("\n".join(details))

    def save(self) -> bool:
        """Set the group from the form; a refusal is shown and changes nothing."""
        if self.unit_code is None:
            return False
        day = self.start.date()
        try:
            group_scores.set_group(
                self.db,
                self.unit_code,
                self.group.currentData(),
                date(day.year(), day.month(), day.day()),
                self.note.text(),
            )
        except NtmError as error:
            messages.show_error(self, error)
            return False
        self.note.clear()
        self.show_unit(units.get(self.db, self.unit_code))
        self.changed.emit(self.unit_code)
        return True
