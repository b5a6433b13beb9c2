"""Funds of a unit and the units under it: the report's tables, and a form for the unit's own
figures (million VND; typed the Vietnamese way, 1.274.790 or 432,07)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from ntm_desktop.common.errors import NtmError
from ntm_desktop.common.money import dong_to_million, format_million
from ntm_desktop.common.text import format_date, format_number
from ntm_desktop.funding import funding, funding_report
from ntm_desktop.storage import Database
from ntm_desktop.units import units
from ui import labels, messages
from ui.pages.report_page import Built, ReportPage

FORM_COLUMNS = 4
_RIGHT = Qt.AlignmentFlag.AlignRight


class FundingPage(ReportPage):
    heading = QT_TRANSLATE_NOOP("FundingPage", "Nguồn vốn xây dựng nông thôn mới")
    file_stem = "nguon-von"

    def __init__(self, db: Database, unit_code: str | None = None, year: int = 2020) -> None:
        super().__init__(db, unit_code, year)
        self.as_of = QDateEdit()
        self.as_of.setDisplayFormat("dd/MM/yyyy")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDate(QDate(year, 12, 31))
        self.as_of.dateChanged.connect(self.refresh)
        self.controls.addWidget(QLabel(self.tr("Giải ngân đến")))
        self.controls.addWidget(self.as_of)
        self.year.valueChanged.connect(lambda value: self.as_of.setDate(QDate(value, 12, 31)))

        self.form = QGroupBox()
        grid = QGridLayout(self.form)
        self.amount_edits: dict[str, QLineEdit] = {}
        self.in_kind_edits: dict[str, QLineEdit] = {}
        fields = [
            *(
                (key, label, self.tr("triệu đồng"), self.amount_edits)
                for key, label in labels.funding_sources().items()
            ),
            *(
                (key, label, unit, self.in_kind_edits)
                for key, (label, unit) in labels.in_kind().items()
            ),
        ]
        for position, (key, label, unit, edits) in enumerate(fields):
            edit = QLineEdit()
            edit.setAlignment(_RIGHT)
            edit.setPlaceholderText("0")
            edit.setToolTip(self.tr("{0} ({1})").format(label, unit))
            edits[key] = edit
            row, column = divmod(position, FORM_COLUMNS)
            grid.addWidget(QLabel(self.tr("{0} ({1})").format(label, unit)), row * 2, column)
            grid.addWidget(edit, row * 2 + 1, column)
        self.save_button = QPushButton(self.tr("Lưu số liệu"))
        self.save_button.clicked.connect(self.save)
        last_row, last_column = divmod(len(fields), FORM_COLUMNS)
        grid.addWidget(self.save_button, last_row * 2 + 1, last_column)
        self.layout().addWidget(self.form)

        self.spent_form = QGroupBox()
        line = QHBoxLayout(self.spent_form)
        self.kind = QComboBox()
        for key, label in labels.funding_kinds().items():
            self.kind.addItem(label, key)
        self.kind.currentIndexChanged.connect(self._load_disbursement)
        self.allocated = QLineEdit()
        self.disbursed = QLineEdit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("chỉ cần khi giải ngân vượt vốn giao"))
        for edit in (self.allocated, self.disbursed):
            edit.setAlignment(_RIGHT)
            edit.setPlaceholderText("0")
        self.spend_button = QPushButton(self.tr("Ghi giải ngân"))
        self.spend_button.clicked.connect(self.save_disbursement)
        line.addWidget(self.kind)
        for label, edit in (
            (self.tr("Được giao (triệu đồng)"), self.allocated),
            (self.tr("Đã giải ngân (triệu đồng)"), self.disbursed),
            (self.tr("Lý do"), self.reason),
        ):
            line.addWidget(QLabel(label))
            line.addWidget(edit, 1)
        line.addWidget(self.spend_button)
        self.layout().addWidget(self.spent_form)
        self.refresh()

    def build(self) -> Built:
        tables = funding_report.tables(
            self.db, self.year.value(), self.unit_code, self.as_of_date()
        )
        return [(table, None) for table in tables]

    def refresh(self) -> None:
        super().refresh()
        unit = units.get(self.db, self.unit_code)
        own = funding.get(self.db, self.unit_code, self.year.value())
        self.form.setTitle(
            self.tr("Số liệu của riêng {0} năm {1}").format(unit.name, self.year.value())
        )
        for key, edit in self.amount_edits.items():
            value = own.amounts[key]
            edit.setText(format_million(dong_to_million(value)) if value else "")
        for key, edit in self.in_kind_edits.items():
            value = own.in_kind[key]
            edit.setText(format_number(value) if value else "")
        self._load_disbursement()

    def as_of_date(self) -> date:
        picked = self.as_of.date()
        return date(picked.year(), picked.month(), picked.day())

    def _load_disbursement(self) -> None:
        unit = units.get(self.db, self.unit_code)
        as_of = self.as_of_date()
        self.spent_form.setTitle(
            self.tr("Giải ngân của riêng {0} đến {1}").format(unit.name, format_date(as_of))
        )
        own = funding.disbursement(
            self.db, self.unit_code, self.year.value(), as_of, own_only=True
        ).kinds.get(self.kind.currentData())
        self.allocated.setText(format_million(dong_to_million(own.allocated)) if own else "")
        self.disbursed.setText(format_million(dong_to_million(own.disbursed)) if own else "")
        self.reason.clear()

    def save_disbursement(self) -> None:
        try:
            funding.record_disbursement(
                self.db,
                self.unit_code,
                self.year.value(),
                self.kind.currentData(),
                self.as_of_date(),
                self.allocated.text().strip() or "0",
                self.disbursed.text().strip() or "0",
                self.reason.text(),
            )
        except NtmError as error:
            messages.show_error(self, error)
            return
        self.refresh()
        self.status.setText(self.tr("Đã ghi giải ngân."))

    def save(self) -> None:
        amounts = {key: edit.text().strip() or "0" for key, edit in self.amount_edits.items()}
        in_kind = {key: edit.text().strip() or "0" for key, edit in self.in_kind_edits.items()}
        try:
            funding.record(self.db, self.unit_code, self.year.value(), amounts, in_kind)
        except NtmError as error:
            messages.show_error(self, error)
            return
        self.refresh()
        self.status.setText(self.tr("Đã lưu."))
