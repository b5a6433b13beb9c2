"""The district's check and the province's appraisal of a commune's results, shown above its
checklist, and the dialog in which the district or province office records one."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.checklist import reviews
from ntm_desktop.common.errors import NtmError
from ntm_desktop.common.text import format_date
from ntm_desktop.storage import Database
from ntm_desktop.units import units

_COLOURS = {
    "passed": "#1e6b2e",
    "returned": "#8a5a00",
    "failed": "#8c1d18",
    "pending": "#555555",
}


class ReviewStrip(QWidget):
    """One line: each stage's verdict, reviewer and date, and a button to record a review."""

    changed = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.unit_code: str | None = None
        self.year = 0
        self._stage_names = {
            "district": self.tr("Huyện thẩm tra"),
            "province": self.tr("Tỉnh thẩm định"),
        }
        self._pending = {
            "district": self.tr("chưa thẩm tra"),
            "province": self.tr("chưa thẩm định"),
        }
        self._status_names = {
            "passed": self.tr("đạt"),
            "returned": self.tr("cần bổ sung"),
            "failed": self.tr("không đạt"),
        }
        self.caption = QLabel(self.tr("Thẩm tra / thẩm định:"))
        self.caption.setStyleSheet("font-weight: 600;")
        self.labels: dict[str, QLabel] = {stage: QLabel() for stage in reviews.STAGES}
        self.record_button = QPushButton(self.tr("Ghi kết quả…"))
        self.record_button.clicked.connect(self.open_dialog)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        layout.addWidget(self.caption)
        for label in self.labels.values():
            label.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.record_button)

    def show_unit(self, unit_code: str | None, year: int) -> None:
        self.unit_code, self.year = unit_code, year
        stages = self._stages()
        self.setVisible(bool(stages))
        if not stages:
            return
        assert unit_code is not None
        found = reviews.of_unit(self.db, unit_code, year)
        for stage, label in self.labels.items():
            label.setVisible(stage in stages)
            review = found.get(stage)
            status = review.status if review else "pending"
            parts = [self._pending[stage] if status == "pending" else self._status_names[status]]
            if review and review.reviewer:
                parts.append(review.reviewer)
            if review and review.review_date:
                parts.append(format_date(review.review_date))
            label.setText(
                f"{self._stage_names[stage]}: <span style='color: {_COLOURS[status]}; "
                f"font-weight: 600'>{', '.join(parts)}</span>"
            )
            label.setToolTip(review.note if review else "")
        self.record_button.setVisible(bool(self._recordable()))

    def _stages(self) -> tuple[str, ...]:
        """Only a commune's results are reviewed."""
        if self.unit_code is None:
            return ()
        try:
            unit = units.get(self.db, self.unit_code)
        except NtmError:
            return ()
        return reviews.stages_for(self.db, unit.code) if unit.level == "commune" else ()

    def _recordable(self) -> tuple[str, ...]:
        assert self.unit_code is not None
        return reviews.recordable_stages(self.db, self.unit_code)

    def open_dialog(self) -> ReviewDialog | None:
        if self.unit_code is None or not self._recordable():
            return None
        dialog = ReviewDialog(self.db, self.unit_code, self.year, self._recordable(), self)
        dialog.accepted.connect(self._recorded)
        dialog.open()
        return dialog

    def _recorded(self) -> None:
        self.show_unit(self.unit_code, self.year)
        self.changed.emit()


class ReviewDialog(QDialog):
    def __init__(
        self,
        db: Database,
        unit_code: str,
        year: int,
        stages: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.unit_code, self.year = db, unit_code, year
        self.setWindowTitle(self.tr("Ghi kết quả thẩm tra / thẩm định năm {0}").format(year))
        self.stage = QComboBox()
        names = {"district": self.tr("Huyện thẩm tra"), "province": self.tr("Tỉnh thẩm định")}
        for stage in stages:
            self.stage.addItem(names[stage], stage)
        self.status = QComboBox()
        for code, name in (
            ("passed", self.tr("Đạt")),
            ("returned", self.tr("Cần bổ sung")),
            ("failed", self.tr("Không đạt")),
            ("pending", ""),  # named for the chosen stage by _name_pending
        ):
            self.status.addItem(name, code)
        self._pending = {
            "district": self.tr("Chưa thẩm tra"),
            "province": self.tr("Chưa thẩm định"),
        }
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Nội dung cần bổ sung, lý do không đạt…"))
        self.note.setFixedHeight(80)
        self.reviewer = QLineEdit()
        self.reviewer.setPlaceholderText(self.tr("Họ và tên"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate.currentDate())
        self.stage.currentIndexChanged.connect(self._name_pending)
        self.stage.currentIndexChanged.connect(self._load)
        self._name_pending()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8c1d18;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Bước:"), self.stage)
        form.addRow(self.tr("Kết quả:"), self.status)
        form.addRow(self.tr("Ghi chú:"), self.note)
        form.addRow(self.tr("Người thực hiện:"), self.reviewer)
        form.addRow(self.tr("Ngày:"), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._load()

    def _name_pending(self) -> None:
        self.status.setItemText(
            self.status.findData("pending"), self._pending[self.stage.currentData()]
        )

    def _load(self) -> None:
        """Start from what is recorded for the chosen stage, so a change edits it."""
        review = reviews.of_unit(self.db, self.unit_code, self.year).get(self.stage.currentData())
        if review is None:
            return
        self.status.setCurrentIndex(self.status.findData(review.status))
        self.note.setPlainText(review.note)
        self.reviewer.setText(review.reviewer)
        if review.review_date:
            self.date.setDate(QDate(review.review_date))

    def save(self) -> None:
        try:
            reviews.record(
                self.db,
                self.unit_code,
                self.year,
                self.stage.currentData(),
                self.status.currentData(),
                note=self.note.toPlainText(),
                reviewer=self.reviewer.text(),
                review_date=self.date.date().toPython(),
            )
        except NtmError as error:
            self.error.setText(error.message)
            self.error.show()
            return
        self.accept()
