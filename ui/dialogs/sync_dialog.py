"""The exchange dialog: import bundles (drop files or a folder), export one, see conflicts and
the reporting board. Imports and exports run as background jobs on their own connection."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.common.errors import NtmError
from ntm_desktop.common.text import format_date
from ntm_desktop.storage import Database
from ntm_desktop.sync import board, conflicts, importer, writer
from ntm_desktop.sync.summary import REFUSED
from ui import jobs, labels, messages
from ui.models.table_model import column_title

AnyIndex = QModelIndex | QPersistentModelIndex


def _report(task: jobs.Task) -> Callable[[int, int, str], None]:
    def report(done: int, total: int, name: str) -> None:
        text = QCoreApplication.translate("SyncDialog", "Đang xử lý {0}").format(name)
        task.steps(done, total, text if name else "")

    return report


def import_work(paths: list[Path]) -> Callable[[jobs.Task], list[str]]:
    def work(task: jobs.Task) -> list[str]:
        # All at once: the parts of a large export, dropped in any order, wait for each other.
        summaries = importer.import_files(task.db, paths, progress=_report(task))
        lines: list[str] = []
        for summary in summaries:
            lines.extend(summary.lines())
        refused = sum(summary.status == REFUSED for summary in summaries)
        lines.append(
            QCoreApplication.translate(
                "SyncDialog", "Đã xử lý {0} tệp, {1} tệp bị từ chối."
            ).format(len(summaries), refused)
        )
        return lines

    return work


def export_work(out: Path, to: str | None, full: bool) -> Callable[[jobs.Task], list[str]]:
    def work(task: jobs.Task) -> list[str]:
        _report(task)(0, 0, out.name)
        parts = writer.export(task.db, out, to=to, full=full)
        lines = [
            QCoreApplication.translate(
                "SyncDialog", "Đã ghi {0} (gói số {1}): {2} thay đổi, {3} tệp minh chứng."
            ).format(part.path, part.device_seq, part.ops, part.blobs)
            for part in parts
        ]
        lines.append(
            QCoreApplication.translate(
                "SyncDialog", "Đã đọc lại từng tệp, khớp với nội dung đã ghi: an toàn để rút USB."
            )
        )
        return lines

    return work


class RowsModel(QAbstractTableModel):
    """A read-only table of text rows under Vietnamese headers."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list[str]] = []
        self.keys: list[Any] = []

    def set_rows(self, rows: list[list[str]], keys: list[Any]) -> None:
        self.beginResetModel()
        self.rows, self.keys = rows, keys
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return self.rows[index.row()][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_title(self.headers, section, orientation, role)


class SyncDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Trao đổi dữ liệu (USB, thư điện tử)"))
        self.setAcceptDrops(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._transfer_tab(), self.tr("Nhập / xuất gói"))
        self.conflict_model = RowsModel(
            [
                self.tr("Bảng"),
                self.tr("Bản ghi"),
                self.tr("Trường"),
                self.tr("Đang hiển thị"),
                self.tr("Các giá trị"),
                self.tr("Người sửa"),
                self.tr("Thời điểm"),
            ],
            self,
        )
        self.tabs.addTab(self._conflict_tab(), self.tr("Xung đột"))
        self.board_model = RowsModel(
            [
                self.tr("Mã"),
                self.tr("Đơn vị"),
                self.tr("Số gói"),
                self.tr("Gói cuối"),
                self.tr("Ngày tạo"),
                self.tr("Ngày nhận"),
                self.tr("Gói thiếu"),
                self.tr("Tình trạng"),
            ],
            self,
        )
        self.tabs.addTab(self._table_tab(self.board_model), self.tr("Bảng theo dõi"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(1100, 620)
        self.refresh()

    # -- tabs -----------------------------------------------------------------------------
    def _transfer_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(
            self.tr(
                "Kéo thả tệp gói (.vnsb) hoặc cả thư mục vào đây, hoặc bấm “Nhập gói…”. "
                "Gói hỏng, giả mạo hay ngoài phạm vi bị từ chối nguyên gói và giữ lại trong "
                "thư mục cách ly; dữ liệu không bị thay đổi."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.import_button = QPushButton(self.tr("Nhập gói…"))
        self.import_button.clicked.connect(self._choose_imports)
        form = QFormLayout()
        self.receiver = QLineEdit()
        self.receiver.setPlaceholderText(self.tr("để trống: gửi văn phòng tỉnh"))
        self.full = QCheckBox(
            self.tr("Xuất toàn bộ (máy mới, hoặc khi thiếu gói không tìm lại được)")
        )
        form.addRow(self.tr("Mã đơn vị nhận:"), self.receiver)
        form.addRow("", self.full)
        self.export_button = QPushButton(self.tr("Xuất gói…"))
        self.export_button.clicked.connect(self._choose_export)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        layout.addWidget(self.output, 1)
        return page

    def _conflict_tab(self) -> QWidget:
        page = self._table_tab(self.conflict_model)
        self.conflict_view = page.findChild(QTableView)
        self.resolve_button = QPushButton(self.tr("Chọn giá trị đúng…"))
        self.resolve_button.clicked.connect(self._resolve_selected)
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.resolve_button)
        return page

    def _table_tab(self, model: RowsModel) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(view)
        return page

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        found = conflicts.list_conflicts(self.db)
        table_names, field_names = labels.sync_tables(), labels.sync_fields()
        self.conflict_model.set_rows(
            [
                [
                    table_names.get(c.table, c.table),
                    conflicts.describe(self.db, c),
                    field_names.get(c.field, c.field),
                    _text(c.heads[0]["value"]),
                    " | ".join(_text(h["value"]) for h in c.heads),
                    " | ".join(f"{h['user']} ({h['office']})" for h in c.heads),
                    " | ".join(_when(h["wall"]) for h in c.heads),
                ]
                for c in found
            ],
            found,
        )
        rows = board.board(self.db)
        self.board_model.set_rows(
            [
                [
                    r.office_code,
                    r.office_name,
                    str(r.bundles),
                    "" if r.last_seq is None else str(r.last_seq),
                    r.last_created,
                    r.last_imported,
                    r.gaps,
                    r.status,
                ]
                for r in rows
            ],
            rows,
        )
        self.tabs.setTabText(1, self.tr("Xung đột ({0})").format(len(found)))

    # -- import and export ----------------------------------------------------------------
    def _choose_imports(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn gói dữ liệu"), "", self.tr("Gói dữ liệu (*.vnsb)")
        )
        if names:
            self.start_import([Path(name) for name in names])

    def _choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu gói dữ liệu"), "", self.tr("Gói dữ liệu (*.vnsb)")
        )
        if name:
            self.start_export(Path(name))

    def start_import(self, paths: list[Path]) -> None:
        self._start(import_work(paths))

    def start_export(self, out: Path) -> None:
        to = self.receiver.text().strip() or None
        self._start(export_work(out, to, self.full.isChecked()))

    def _start(self, work: Callable[[jobs.Task], list[str]]) -> None:
        jobs.write(
            self,
            self.db,
            work,
            on_success=self._on_finished,
            disable=[self.import_button, self.export_button],
            progress=self.progress,
            status=self.progress_label,
        )

    def _on_finished(self, lines: list[str]) -> None:
        self.progress_label.clear()
        self.output.appendPlainText("\n".join(lines))
        self.refresh()

    @property
    def busy(self) -> bool:
        return bool(jobs.running(self))

    # -- conflicts ------------------------------------------------------------------------
    def _resolve_selected(self) -> None:
        view = self.conflict_view
        rows = view.selectionModel().selectedRows() if view else []
        if not rows:
            return
        conflict = self.conflict_model.keys[rows[0].row()]
        choices = [_text(head["value"]) for head in conflict.heads]
        value, ok = QInputDialog.getItem(
            self,
            self.tr("Chọn giá trị đúng"),
            self.tr("Giá trị cho trường {0} của {1}:").format(
                labels.sync_fields().get(conflict.field, conflict.field),
                conflicts.describe(self.db, conflict),
            ),
            choices,
            0,
            True,
        )
        if ok:
            self.resolve(conflict, value)

    def resolve(self, conflict: conflicts.Conflict, value: str) -> None:
        try:
            conflicts.resolve(self.db, conflict.id, value)
        except NtmError as error:
            messages.show_error(self, error)
            return
        self.refresh()

    # -- drag and drop --------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and not self.busy:
            self.start_import(paths)
            event.acceptProposedAction()


def _when(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{format_date(moment.date())} {moment:%H:%M}"


def _text(value: object) -> str:
    return "" if value is None else str(value)
