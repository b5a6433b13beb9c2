"""A village's model-village plan for one year: status and its next steps, items, totals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.common.errors import InvalidInput, NtmError
from ntm_desktop.common.text import format_date, format_number
from ntm_desktop.storage import Database
from ntm_desktop.units import units
from ntm_desktop.village_plans import plan_data, village_plan_review
from ntm_desktop.village_plans import village_plans as vp
from ui import labels, messages
from ui.actions.plan_export import PlanExportBar
from ui.models.village_plan_model import PlanItemsModel
from ui.widgets.evidence_panel import EvidencePanel

PERIODS = ("", *(str(month) for month in range(1, 13)), "Q1", "Q2", "Q3", "Q4")
NEEDS_DECISION = ("approved", "recognised")


class VillagePlanPage(QWidget):
    plan_changed = Signal(str)  # village code: its status or items changed

    def __init__(self, db: Database, today: date | None = None) -> None:
        super().__init__()
        self.db = db
        self.today = today or date.today()
        self.village_code: str | None = None
        self.year = self.today.year
        self.plan: vp.Plan | None = None

        self.title = QLabel(self.tr("Chọn một thôn để xem phương án thôn NTM kiểu mẫu"))
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.year_box = QSpinBox()
        self.year_box.setRange(2000, 2100)
        self.year_box.setValue(self.year)
        self.year_box.setPrefix(self.tr("Năm "))
        self.year_box.valueChanged.connect(self._year_changed)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.register_button = QPushButton(self.tr("Đăng ký thôn NTM kiểu mẫu"))
        self.register_button.clicked.connect(self.register_village)
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(self.tr("Số quyết định, ví dụ 12/QĐ-UBND"))
        self.decision_date = QDateEdit()
        self.decision_date.setDisplayFormat("dd/MM/yyyy")
        self.decision_date.setCalendarPopup(True)
        self.decision_date.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.steps = QHBoxLayout()

        self.model = PlanItemsModel(db, self.today)
        self.model.dataChanged.connect(self._update_summary)
        self.model.modelReset.connect(self._update_summary)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review = QLabel()
        self.review.setWordWrap(True)
        self.export_bar = PlanExportBar(self._document)
        self.item_evidence = EvidencePanel(db, staged=True)
        self.item_evidence.table.setMaximumHeight(110)
        self.item_evidence.refused.connect(
            lambda message: messages.show_error(self, InvalidInput(message))
        )
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.item_evidence.show_item(
                self.model.item_at(current.row())
            )
        )
        self.model.modelReset.connect(lambda: self.item_evidence.show_item(None))

        self.new_work = QLineEdit()
        self.new_work.setPlaceholderText(self.tr("Công việc mới, ví dụ: Đường hoa, cây xanh 800 m"))
        self.new_criterion = QLineEdit()
        self.new_criterion.setPlaceholderText(self.tr("Tiêu chí"))
        self.new_criterion.setMaximumWidth(70)
        self.new_lead = QLineEdit()
        self.new_lead.setPlaceholderText(self.tr("Chủ trì"))
        self.new_start = QComboBox()
        self.new_end = QComboBox()
        for box, hint in ((self.new_start, self.tr("Từ")), (self.new_end, self.tr("Đến"))):
            box.addItems(PERIODS)
            box.setItemText(0, hint)
        self.add_button = QPushButton(self.tr("Thêm hạng mục"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("Xóa hạng mục đã chọn"))
        self.remove_button.clicked.connect(self.remove_selected)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.year_box)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.register_button)
        decision_row = QHBoxLayout()
        decision_row.addWidget(QLabel(self.tr("Quyết định:")))
        decision_row.addWidget(self.decision, 1)
        decision_row.addWidget(QLabel(self.tr("ngày")))
        decision_row.addWidget(self.decision_date)
        decision_row.addLayout(self.steps)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_work, 3)
        add_row.addWidget(self.new_criterion)
        add_row.addWidget(self.new_lead, 1)
        add_row.addWidget(self.new_start)
        add_row.addWidget(self.new_end)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(status_row)
        layout.addLayout(decision_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.review)
        layout.addWidget(self.item_evidence)
        layout.addWidget(self.export_bar)
        self._refresh()

    # -- showing ---------------------------------------------------------------------------
    def show_plan(self, village_code: str, year: int) -> None:
        self.village_code = village_code
        self.year = year
        self.year_box.blockSignals(True)
        self.year_box.setValue(year)
        self.year_box.blockSignals(False)
        self._refresh()

    def _year_changed(self, year: int) -> None:
        if self.village_code:
            self.show_plan(self.village_code, year)

    def _refresh(self) -> None:
        code = self.village_code
        self.plan = vp.find(self.db, code, self.year) if code else None
        if code:
            chain = units.path(self.db, code)
            self.title.setText(
                " – ".join(unit.name for unit in reversed(chain[-3:]))
                + self.tr(" · phương án thôn NTM kiểu mẫu")
            )
        self.register_button.setVisible(bool(code) and self.plan is None)
        self.status_label.setText(self._status_text())
        self._rebuild_steps()
        editable = self.plan is not None and not self.plan.locked
        for widget in (
            self.new_work,
            self.new_criterion,
            self.new_lead,
            self.new_start,
            self.new_end,
            self.add_button,
            self.remove_button,
        ):
            widget.setEnabled(editable)
        self.export_bar.setEnabled(self.plan is not None)
        self.model.set_plan(self.plan)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, max(self.table.columnWidth(1), 260))

    def _status_text(self) -> str:
        plan = self.plan
        if self.village_code is None:
            return ""
        if plan is None:
            return self.tr("Thôn chưa đăng ký thôn NTM kiểu mẫu năm {0}.").format(self.year)
        text = self.tr("Trạng thái: <b>{0}</b>").format(labels.plan_statuses()[plan.status])
        if plan.approval_decision and plan.approval_date:
            text += self.tr(" · phê duyệt theo QĐ {0} ngày {1}").format(
                plan.approval_decision, format_date(plan.approval_date)
            )
        if plan.recognition_decision and plan.recognition_date:
            text += self.tr(" · công nhận theo QĐ {0} ngày {1}").format(
                plan.recognition_decision, format_date(plan.recognition_date)
            )
        return text

    def _rebuild_steps(self) -> None:
        while self.steps.count():
            widget = self.steps.takeAt(0).widget()
            if widget is not None:
                # Detached now: deleteLater alone leaves it floating until the event loop runs.
                widget.setParent(None)
                widget.deleteLater()
        self.step_buttons: dict[str, QPushButton] = {}
        for status in self.plan.next_statuses if self.plan else ():
            button = QPushButton(self.tr("→ {0}").format(labels.plan_statuses()[status]))
            button.clicked.connect(lambda _=False, target=status: self.move_to(target))
            self.steps.addWidget(button)
            self.step_buttons[status] = button
        needs = any(status in NEEDS_DECISION for status in self.step_buttons)
        self.decision.setEnabled(needs)
        self.decision_date.setEnabled(needs)

    def _document(self) -> plan_data.PlanDocument | None:
        if self.plan is None:
            return None
        return plan_data.gather(self.db, self.plan.village_code, self.plan.year)

    def _update_review(self) -> None:
        """The criteria the plan must close, and whether any item addresses each."""
        if self.plan is None:
            self.review.setText("")
            return
        try:
            found = village_plan_review.review(
                self.db, self.plan.village_code, self.plan.year, self.model.items
            )
        except NtmError as error:  # e.g. no model-village set for that year
            self.review.setText(self.tr("Tự đánh giá: {0}").format(escape(error.message)))
            return
        if not found.open:
            self.review.setText(
                self.tr("Tự đánh giá: thôn đạt cả {0} tiêu chí thôn kiểu mẫu.").format(
                    len(found.criteria)
                )
            )
            return
        lines = [
            self.tr("Tự đánh giá: đạt {0}/{1} tiêu chí; phương án cần khắc phục:").format(
                found.met_count, len(found.criteria)
            )
        ]
        for criterion in found.open:
            color = "#b3261e" if not criterion.works else "#1b5e20"
            text = escape(self._criterion_text(criterion))
            lines.append(f"<span style='color:{color}'>• {text}</span>")
        self.review.setText("<br>".join(lines))

    def _criterion_text(self, criterion: village_plan_review.CriterionReview) -> str:
        """`CriterionReview.text` in the interface language."""
        result = {
            True: self.tr("đạt"),
            False: self.tr("chưa đạt"),
            None: self.tr("chưa đánh giá"),
        }[criterion.met]
        head = self.tr("Tiêu chí {0} {1}").format(criterion.no, result)
        if not criterion.works:
            return self.tr("{0} — chưa có hạng mục nào").format(head)
        return self.tr("{0} — {1} hạng mục: {2}").format(
            head, len(criterion.works), "; ".join(criterion.works)
        )

    def _update_summary(self) -> None:
        self._update_review()
        if self.plan is None:
            self.summary.setText("")
            return
        totals = self.model.totals
        overdue = vp.overdue(self.model.items, self.today)
        lines = [
            self.tr(
                "Tiến độ chung: <b>{0}%</b> (trung bình các hạng mục; {1}/{2} hạng mục hoàn "
                "thành) · <span style='color:#b3261e'>{3} hạng mục quá hạn</span> tại ngày {4}"
            ).format(
                format_number(totals.progress, 1),
                totals.done,
                totals.items,
                len(overdue),
                format_date(self.today),
            ),
            self.tr("Tổng kinh phí: <b>{0} đồng</b> — ").format(format_number(totals.grand_total))
            + "; ".join(
                f"{label}: {format_number(totals.by_source[key])}"
                for key, label in labels.plan_funding_sources().items()
            ),
            self.tr("Đóng góp hiện vật: ")
            + "; ".join(
                f"{label}: {format_number(totals.in_kind[key], 1)}"
                for key, label in labels.plan_in_kind().items()
            ),
            self.tr("Theo tiêu chí: ")
            + "; ".join(
                (
                    self.tr("TC {0}").format(criterion)
                    if criterion is not None
                    else labels.no_criterion()
                )
                + f": {format_number(amount)}"
                for criterion, amount in totals.criterion_totals.items()
            ),
        ]
        self.summary.setText("<br>".join(lines))

    # -- actions ---------------------------------------------------------------------------
    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except NtmError as error:
            messages.show_error(self, error)
            return False
        self._refresh()
        if self.village_code:
            self.plan_changed.emit(self.village_code)
        return True

    def register_village(self) -> None:
        if self.village_code:
            code, year = self.village_code, self.year
            self._run(lambda: vp.register(self.db, code, year))

    def move_to(self, status: str) -> bool:
        if self.plan is None:
            return False
        plan = self.plan
        decision = self.decision.text() if status in NEEDS_DECISION else None
        qdate = self.decision_date.date()
        decided_on = (
            date(qdate.year(), qdate.month(), qdate.day()) if status in NEEDS_DECISION else None
        )
        done = self._run(
            lambda: vp.set_status(
                self.db,
                plan.village_code,
                plan.year,
                status,
                decision=decision,
                decided_on=decided_on,
                today=self.today,
            )
        )
        if done and status in NEEDS_DECISION:
            self.decision.clear()
        return done

    def add_item(self) -> bool:
        if self.plan is None:
            return False
        plan = self.plan
        start = self.new_start.currentText() if self.new_start.currentIndex() else None
        end = self.new_end.currentText() if self.new_end.currentIndex() else None
        done = self._run(
            lambda: vp.add_item(
                self.db,
                plan,
                work=self.new_work.text(),
                criterion_no=self.new_criterion.text().strip() or None,
                lead=self.new_lead.text() or None,
                start=start,
                end=end,
            )
        )
        if done:
            self.new_work.clear()
        return done

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        chosen = [item for row in sorted(rows) if (item := self.model.item_at(row))]
        if not chosen:
            messages.show_error(
                self, InvalidInput(self.tr("Hãy chọn hạng mục cần xóa trong bảng."))
            )
            return
        self._run(lambda: vp.remove_items(self.db, [item.id for item in chosen]))
