"""The recognition dossier of the selected unit: its inputs, the live readiness list, a preview of
the first page, and export to PDF in the background with progress.

Every field is saved when it is left (no "Save" to forget); a refused value is explained and the
field goes back to what is stored. The data is assembled on the GUI thread (a few milliseconds)
and handed to a worker as plain dataclasses, so the worker never touches the data file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.common.errors import NtmError
from ntm_desktop.common.text import format_date, format_number
from ntm_desktop.criteria.tiers import TIERS
from ntm_desktop.dossier import dossier_data, dossier_inputs, dossier_readiness
from ntm_desktop.dossier.dossier_data import DossierData
from ntm_desktop.storage import Database
from ntm_desktop.units import units
from ui import jobs, labels, messages

PREVIEW_DELAY_MS = 700
PREVIEW_WIDTH = 230
GREEN = QColor(0, 120, 40)
RED = QColor(180, 20, 20)

# Field name -> (form group, label); lists are edited one line per entry.
FIELDS: dict[str, tuple[str, str]] = {
    "proposal_number": ("proposal", QT_TRANSLATE_NOOP("DossierPage", "Số tờ trình:")),
    "proposal_date": ("proposal", QT_TRANSLATE_NOOP("DossierPage", "Ngày tờ trình:")),
    "authority": ("proposal", QT_TRANSLATE_NOOP("DossierPage", "Thẩm quyền ký:")),
    "signer_title": ("proposal", QT_TRANSLATE_NOOP("DossierPage", "Chức vụ người ký:")),
    "signer_name": ("proposal", QT_TRANSLATE_NOOP("DossierPage", "Họ tên người ký:")),
    "place": ("proposal", QT_TRANSLATE_NOOP("DossierPage", "Địa danh:")),
    "addressees": ("proposal", QT_TRANSLATE_NOOP("DossierPage", "Kính gửi (mỗi dòng một nơi):")),
    "distribution": ("proposal", QT_TRANSLATE_NOOP("DossierPage", "Nơi nhận (mỗi dòng một nơi):")),
    "survey_issued": ("survey", QT_TRANSLATE_NOOP("DossierPage", "Số phiếu phát ra:")),
    "survey_returned": ("survey", QT_TRANSLATE_NOOP("DossierPage", "Số phiếu thu về:")),
    "survey_satisfied": ("survey", QT_TRANSLATE_NOOP("DossierPage", "Số phiếu hài lòng:")),
    "posted_from": ("posting", QT_TRANSLATE_NOOP("DossierPage", "Từ ngày:")),
    "posted_to": ("posting", QT_TRANSLATE_NOOP("DossierPage", "Đến ngày:")),
    "meeting_date": ("meeting", QT_TRANSLATE_NOOP("DossierPage", "Ngày họp:")),
    "meeting_start": ("meeting", QT_TRANSLATE_NOOP("DossierPage", "Giờ bắt đầu:")),
    "meeting_end": ("meeting", QT_TRANSLATE_NOOP("DossierPage", "Giờ kết thúc:")),
    "meeting_place": ("meeting", QT_TRANSLATE_NOOP("DossierPage", "Địa điểm:")),
    "meeting_chair": ("meeting", QT_TRANSLATE_NOOP("DossierPage", "Chủ trì:")),
    "meeting_secretary": ("meeting", QT_TRANSLATE_NOOP("DossierPage", "Thư ký:")),
    "attendees": (
        "meeting",
        QT_TRANSLATE_NOOP("DossierPage", "Thành phần dự họp (mỗi dòng một thành phần, số người):"),
    ),
    "front_representative": (
        "meeting",
        QT_TRANSLATE_NOOP("DossierPage", "Đại diện Ủy ban MTTQ:"),
    ),
    "members_present": ("meeting", QT_TRANSLATE_NOOP("DossierPage", "Số thành viên dự họp:")),
    "votes_for": ("meeting", QT_TRANSLATE_NOOP("DossierPage", "Số thành viên nhất trí:")),
    "construction_debt": ("debt", QT_TRANSLATE_NOOP("DossierPage", "Nợ đọng XDCB (đồng):")),
}


def _render(
    data: DossierData, *, draft: bool, target: Path | None
) -> Callable[[jobs.Task], object]:
    """The work of a preview (the first page as an image) or an export (bytes written)."""

    def work(task: jobs.Task) -> object:
        # Deferred, on the worker thread: importing reportlab takes a moment the GUI must not wait.
        from ntm_desktop.dossier import document

        if target is not None:
            return document.write(data, target, draft=draft, progress=task.progress)
        return _first_page_image(document.build(data, draft=draft, progress=task.progress))

    return work


def _first_page_image(pdf: bytes) -> QImage:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        scale = PREVIEW_WIDTH / page.get_width()
        image = page.render(scale=scale).to_pil().convert("RGB")
    finally:
        document.close()
    data = image.tobytes()
    return QImage(
        data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
    ).copy()


class DossierPage(QWidget):
    exported = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.code: str | None = None
        self.data: DossierData | None = None
        self._preview_job: jobs.Job | None = None
        self._edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.ready = False

        self.title = QLabel(self.tr("Hồ sơ đề nghị công nhận"))
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.year = QSpinBox()
        self.year.setRange(2010, 2100)
        self.year.setValue(date.today().year - 1)
        self.tier = QComboBox()
        for tier in TIERS:
            self.tier.addItem(labels.tiers()[tier], tier)
        self.year.valueChanged.connect(self._reload)
        self.tier.currentIndexChanged.connect(self._reload)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Năm:")))
        choose.addWidget(self.year)
        choose.addWidget(QLabel(self.tr("Mức:")))
        choose.addWidget(self.tier)
        choose.addStretch(1)

        form_column = QWidget()
        form_layout = QVBoxLayout(form_column)
        groups = {
            "proposal": self.tr("Tờ trình và người ký"),
            "posting": self.tr("Niêm yết công khai kết quả tự đánh giá"),
            "survey": self.tr("Lấy ý kiến sự hài lòng"),
            "meeting": self.tr("Họp xét đề nghị công nhận"),
            "debt": self.tr("Nợ đọng xây dựng cơ bản"),
        }
        forms: dict[str, QFormLayout] = {}
        for key, caption in groups.items():
            box = QGroupBox(caption)
            forms[key] = QFormLayout(box)
            form_layout.addWidget(box)
        for name, (group, label) in FIELDS.items():
            edit: QLineEdit | QPlainTextEdit
            if name in dossier_inputs.LIST_FIELDS:
                edit = _ListEdit(lambda n=name: self._save_field(n))
                edit.setFixedHeight(64)
            else:
                edit = QLineEdit()
                edit.editingFinished.connect(lambda n=name: self._save_field(n))
                if name in dossier_inputs.DATE_FIELDS:
                    edit.setPlaceholderText("dd/mm/yyyy")
                elif name in dossier_inputs.TIME_FIELDS:
                    edit.setPlaceholderText("HH:MM")
            edit.setObjectName(name)
            self._edits[name] = edit
            forms[group].addRow(self.tr(label), edit)
        self.rate = QLabel()
        forms["survey"].addRow(self.tr("Tỷ lệ hài lòng:"), self.rate)
        self.vote = QLabel()
        forms["meeting"].addRow(self.tr("Kết quả biểu quyết:"), self.vote)
        form_layout.addWidget(self._comments_box())
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_column)

        self.readiness = QListWidget()
        self.readiness.setWordWrap(True)
        self.readiness.setMinimumHeight(200)
        self.verdict = QLabel()
        self.verdict.setStyleSheet("font-weight: 600;")
        self.preview = QLabel(self.tr("Đang tạo bản xem trước…"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH, int(PREVIEW_WIDTH * 1.414))
        self.preview.setStyleSheet("background: #e8e8e8;")
        self.draft = QCheckBox(self.tr('In bản "DỰ THẢO"'))
        self.export_button = QPushButton(self.tr("Xuất hồ sơ PDF…"))
        self.export_button.clicked.connect(self.export)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.progress_text = QLabel()

        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Điều kiện đề nghị công nhận:")))
        side.addWidget(self.readiness, 1)
        side.addWidget(self.verdict)
        side.addWidget(self.preview)
        side.addWidget(self.draft)
        side.addWidget(self.export_button)
        side.addWidget(self.progress)
        side.addWidget(self.progress_text)

        body = QHBoxLayout()
        body.addWidget(scroll, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(choose)
        layout.addLayout(body, 1)

        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._start_preview)

    # -- comments -----------------------------------------------------------------------------
    def _comments_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Ý kiến nhận được khi niêm yết công khai"))
        layout = QVBoxLayout(box)
        self.comments = QTableWidget(0, 3)
        self.comments.setHorizontalHeaderLabels(
            [self.tr("Nơi góp ý"), self.tr("Nội dung"), self.tr("Tiếp thu, giải trình")]
        )
        self.comments.horizontalHeader().setStretchLastSection(True)
        self.comments.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.comments.setMinimumHeight(110)
        self.comment_source = QLineEdit()
        self.comment_source.setPlaceholderText(self.tr("Tổ chức, cá nhân góp ý"))
        self.comment_content = QLineEdit()
        self.comment_content.setPlaceholderText(self.tr("Nội dung ý kiến"))
        self.comment_response = QLineEdit()
        self.comment_response.setPlaceholderText(self.tr("Việc tiếp thu, giải trình"))
        add = QPushButton(self.tr("Thêm ý kiến"))
        add.clicked.connect(self.add_comment)
        self.add_comment_button = add
        layout.addWidget(self.comments)
        for widget in (self.comment_source, self.comment_content, self.comment_response, add):
            layout.addWidget(widget)
        return box

    def add_comment(self) -> None:
        if self.code is None:
            return
        try:
            dossier_inputs.add_comment(
                self.db,
                self.code,
                self.year.value(),
                self._tier(),
                source=self.comment_source.text(),
                content=self.comment_content.text(),
                response=self.comment_response.text() or None,
                received_on=date.today(),
            )
        except NtmError as error:
            messages.show_error(self, error)
            return
        for edit in (self.comment_source, self.comment_content, self.comment_response):
            edit.clear()
        self._reload()

    # -- showing a unit -------------------------------------------------------------------------
    def show_unit(self, code: str) -> None:
        self.code = code
        self.title.setText(
            self.tr("Hồ sơ đề nghị công nhận — {0}").format(units.get(self.db, code).name)
        )
        self._reload()

    def _tier(self) -> str:
        return str(self.tier.currentData())

    def _reload(self) -> None:
        if self.code is None:
            return
        try:
            self.data = dossier_data.assemble(self.db, self.code, self.year.value(), self._tier())
        except NtmError as error:
            self.data = None
            self.readiness.clear()
            self.verdict.setText(error.message)
            self.export_button.setEnabled(False)
            return
        self.export_button.setEnabled(True)
        self._fill_fields(self.data.inputs)
        self._show_readiness()
        self._preview_timer.start()

    def _fill_fields(self, inputs: dossier_inputs.DossierInputs) -> None:
        assert self.data is not None
        for name, edit in self._edits.items():
            text = _display(getattr(inputs, name))
            # What the document prints when the field is left empty.
            default = _display(getattr(self.data, name, None))
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(text)
                edit.setPlaceholderText(default)
            else:
                edit.setText(text)
                if default:
                    edit.setPlaceholderText(default.replace("\n", " "))
        rate = inputs.satisfaction_rate
        self.rate.setText("" if rate is None else f"{format_number(rate, 1)}%")
        self.vote.setText(inputs.vote_text)
        self.comments.setRowCount(len(inputs.comments))
        for row, comment in enumerate(inputs.comments):
            for column, value in enumerate((comment.source, comment.content, comment.response)):
                self.comments.setItem(row, column, QTableWidgetItem(value or ""))

    def _show_readiness(self) -> None:
        assert self.data is not None
        result = dossier_readiness.check(self.data)
        self.readiness.clear()
        for item in result.items:
            mark = "✔" if item.ok else "✘"
            entry = QListWidgetItem(f"{mark} {item.title}\n    {'; '.join(item.reasons)}")
            entry.setForeground(QBrush(GREEN if item.ok else RED))
            self.readiness.addItem(entry)
        if result.ready:
            self.verdict.setText(self.tr("Đủ điều kiện đề nghị công nhận."))
        else:
            self.verdict.setText(self.tr("Chưa đủ điều kiện: chỉ in được bản dự thảo."))
        self.draft.setChecked(not result.ready)
        self.draft.setEnabled(result.ready)
        self.ready = result.ready

    # -- saving ---------------------------------------------------------------------------------
    def _save_field(self, name: str) -> None:
        if self.code is None or self.data is None:
            return
        edit = self._edits[name]
        text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        value: Any = text.splitlines() if name in dossier_inputs.LIST_FIELDS else text
        if _display(getattr(self.data.inputs, name)) == text:
            return
        try:
            dossier_inputs.save(self.db, self.code, self.year.value(), self._tier(), {name: value})
        except NtmError as error:
            messages.show_error(self, error)
        self._reload()

    # -- preview and export -----------------------------------------------------------------------
    def _start_preview(self) -> None:
        if self.data is None:
            return
        if self._preview_job is not None:
            self._preview_job.cancel()  # superseded: an older preview is never shown
        self._preview_job = jobs.Job(
            self,
            _render(self.data, draft=not self.ready, target=None),
            lane=jobs.Lane.RENDER,
            on_success=self._preview_done,
            on_failure=self._preview_failed,
            cancellable=True,
            in_place=True,
        ).start()

    def _preview_done(self, image: QImage) -> None:
        self.preview.setPixmap(QPixmap.fromImage(image))

    def _preview_failed(self, error: NtmError) -> None:
        self.preview.setText(error.message)

    def export(self, target: str | None = None) -> None:
        if self.data is None:
            return
        if not target:
            suggested = f"ho-so-{self.data.unit.code}-{self.data.year}.pdf"
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Xuất hồ sơ PDF"), suggested, self.tr("Tệp PDF (*.pdf)")
            )
            if not target:
                return
        path = Path(target)
        jobs.Job(
            self,
            _render(self.data, draft=self.draft.isChecked() or not self.ready, target=path),
            lane=jobs.Lane.RENDER,
            on_success=lambda size: self._exported(path, size),
            disable=[self.export_button],
            progress=self.progress,
            status=self.progress_text,
        ).start()

    @property
    def busy(self) -> bool:
        return bool(jobs.running(self))

    def _exported(self, target: Path, size: int) -> None:
        self.progress_text.setText(
            self.tr("Đã ghi {0} ({1} KB).").format(target.name, format_number(size // 1024))
        )
        self.exported.emit(str(target))


class _ListEdit(QPlainTextEdit):
    """A multi-line field saved when focus leaves it, like the single-line ones."""

    def __init__(self, on_leave: Any) -> None:
        super().__init__()
        self._on_leave = on_leave

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self._on_leave()


def _display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, tuple):
        return "\n".join(value)
    if isinstance(value, int):
        return format_number(value)  # 1.274.790, as officials write amounts
    return str(value)
