"""The "Sao lưu" menu: back up to a USB stick now, restore from a chosen backup with a preview,
and the daily automatic backup while the app is open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from ntm_desktop.backups import places
from ntm_desktop.common.errors import NtmError
from ntm_desktop.common.text import format_number
from ntm_desktop.storage import Database
from ui import jobs, labels, messages

if TYPE_CHECKING:
    from ntm_desktop.backups.backup_archive import Manifest
    from ntm_desktop.backups.backups import BackupEntry, RestoreResult

DAILY_CHECK_MS = 60 * 60 * 1000
COUNT_LABELS = (
    ("units", QT_TRANSLATE_NOOP("BackupActions", "Đơn vị hành chính")),
    ("change_log", QT_TRANSLATE_NOOP("BackupActions", "Thay đổi đã ghi")),
    ("catalogs", QT_TRANSLATE_NOOP("BackupActions", "Bộ tiêu chí")),
)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tests patch this seam (and `confirm`) instead of clicking real message boxes."""
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def describe(manifest: Manifest) -> list[tuple[str, str]]:
    """The rows of a backup's preview, in the interface language."""
    context = "BackupActions"
    when = manifest.created_at
    rows = [
        (
            QCoreApplication.translate(context, "Thời điểm"),
            QCoreApplication.translate(context, "{0} ngày {1}").format(
                when.strftime("%H:%M"), when.strftime("%d/%m/%Y")
            ),
        ),
        (QCoreApplication.translate(context, "Lý do"), labels.backup_reason(manifest.reason)),
        (
            QCoreApplication.translate(context, "Đơn vị sử dụng"),
            manifest.meta.get("office_code", QCoreApplication.translate(context, "chưa chọn")),
        ),
        (
            QCoreApplication.translate(context, "Người dùng"),
            manifest.meta.get("user_name", QCoreApplication.translate(context, "chưa nhập")),
        ),
        (
            QCoreApplication.translate(context, "Phiên bản phần mềm"),
            QCoreApplication.translate(context, "{0} (lược đồ {1})").format(
                manifest.app_version, manifest.schema_version
            ),
        ),
    ]
    rows += [
        (QCoreApplication.translate(context, label), format_number(manifest.counts.get(key, 0)))
        for key, label in COUNT_LABELS
    ]
    rows.append(
        (
            QCoreApplication.translate(context, "Tệp minh chứng"),
            QCoreApplication.translate(context, "{0} tệp, {1} MB").format(
                format_number(len(manifest.evidence)),
                format_number(manifest.evidence_bytes / 1_048_576, 1),
            ),
        )
    )
    return rows


class RestorePreview(QDialog):
    def __init__(self, archive: Path, manifest: Manifest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Khôi phục từ bản sao lưu"))
        intro = QLabel(
            self.tr(
                "Dữ liệu hiện tại sẽ được thay bằng bản sao lưu dưới đây. Trước khi thay, dữ liệu "
                "hiện tại được sao lưu tự động, nên việc khôi phục có thể hoàn tác."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Tệp"), QLabel(archive.name))
        for label, value in describe(manifest):
            form.addRow(self.tr(label), QLabel(value))
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            self.tr("Khôi phục"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)


class BackupMenu(QObject):
    """Adds the menu to `window`; `reload` rebuilds the window's views after a restore."""

    def __init__(self, window: QMainWindow, db: Database, reload: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.reload = reload
        self.job: jobs.Job | None = None
        menu = window.menuBar().addMenu(self.tr("Sao &lưu"))
        self.usb_action = QAction(self.tr("Sao lưu ra USB ngay…"), window)
        self.usb_action.triggered.connect(self.back_up_to_usb)
        self.restore_action = QAction(self.tr("Khôi phục từ bản sao lưu…"), window)
        self.restore_action.triggered.connect(self.choose_and_restore)
        menu.addAction(self.usb_action)
        menu.addAction(self.restore_action)
        self.daily_checks = 0
        self.daily_timer = QTimer(self, interval=DAILY_CHECK_MS)
        self.daily_timer.timeout.connect(self.daily_backup)
        self.daily_timer.start()

    # -- daily ---------------------------------------------------------------------------
    def daily_backup(self) -> jobs.Job:
        """Off the GUI thread, on its own connection (the backup API reads a consistent view)."""
        # Imported on use, here and below: the archive machinery (zip, hashing) is not needed to
        # paint the window, and the day's backup starts after the background integrity check.
        from ntm_desktop.backups import backups

        return jobs.write(
            self,
            self.db,
            lambda task: backups.backup_if_due(task.db),
            on_success=self._daily_done,
            on_failure=self._daily_failed,
            in_place=True,
        )

    def _daily_done(self, entry: BackupEntry | None) -> None:
        self.daily_checks += 1
        if entry is not None:
            self.window.statusBar().showMessage(
                self.tr("Đã sao lưu tự động: {0}").format(entry.path.name), 10_000
            )

    def _daily_failed(self, error: NtmError) -> None:
        self.window.statusBar().showMessage(
            self.tr("Chưa sao lưu tự động được: {0}").format(error.message), 15_000
        )

    # -- USB -----------------------------------------------------------------------------
    def back_up_to_usb(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Chọn USB hoặc thư mục để sao lưu")
        )
        if folder:
            self.back_up_to(Path(folder))

    def back_up_to(self, folder: Path) -> jobs.Job:
        from ntm_desktop.backups import backups

        def work(task: jobs.Task) -> object:
            return backups.backup_to(task.db, folder, progress=task.steps)

        # The archive is written atomically, so the person may stop it half way.
        return self._run(
            work, self.tr("Đang sao lưu ra {0}…").format(folder), self._usb_done, cancellable=True
        )

    def _usb_done(self, entry: BackupEntry) -> None:
        inform(
            self.window,
            self.tr("Đã sao lưu"),
            self.tr(
                "Đã ghi và đọc lại kiểm tra bản sao lưu:\n{0}\n({1} byte, {2} tệp minh chứng).\n\n"
                "Có thể rút USB an toàn."
            ).format(entry.path, format_number(entry.size), len(entry.manifest.evidence)),
        )

    # -- restore -------------------------------------------------------------------------
    def choose_and_restore(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Chọn bản sao lưu"),
            str(places.backups_dir(self.db.path)),
            self.tr("Bản sao lưu NTM (*.zip)"),
        )
        if chosen:
            self.restore_from(Path(chosen))

    def restore_from(self, archive: Path) -> jobs.Job | None:
        from ntm_desktop.backups import backups

        try:
            manifest = backups.preview(archive)
        except NtmError as error:
            messages.show_error(self.window, error, self.tr("Không dùng được bản sao lưu"))
            return None
        preview = RestorePreview(archive, manifest, self.window)
        if not self.confirm_restore(preview):
            return None
        db = self.db

        # The GUI's own connection, not one of the job's: the restore closes it, swaps the file
        # and reopens it in place. The window-modal progress keeps every other use away.
        return self._run(
            lambda _task: backups.restore(db, archive), self.tr("Đang khôi phục…"), self._restored
        )

    def confirm_restore(self, preview: RestorePreview) -> bool:
        return preview.exec() == QDialog.DialogCode.Accepted

    def _restored(self, result: RestoreResult) -> None:
        self.reload()
        when = result.manifest.created_at.strftime("%H:%M %d/%m/%Y")
        if result.undo is None:  # the data file was damaged: it was moved aside, not backed up
            text = self.tr(
                "Đã khôi phục dữ liệu của {0}. Những thay đổi sau thời điểm đó cần nhập lại.\n"
                "Tệp hỏng được giữ tại:\n{1}"
            ).format(when, result.aside)
        else:
            text = self.tr(
                "Đã khôi phục dữ liệu của {0}.\nDữ liệu trước khi khôi phục được giữ ở bản sao "
                "lưu {1}; muốn hoàn tác, hãy khôi phục từ bản đó."
            ).format(when, result.undo.path.name)
        inform(self.window, self.tr("Đã khôi phục"), text)

    # -- running -------------------------------------------------------------------------
    def _run(
        self,
        work: Callable[[jobs.Task], object],
        label: str,
        done: Callable[..., None],
        *,
        cancellable: bool = False,
    ) -> jobs.Job:
        # Window-modal: nothing else touches the data file while the job runs.
        progress = QProgressDialog(label, self.tr("Hủy") if cancellable else "", 0, 0, self.window)
        if not cancellable:
            progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.job = jobs.write(
            self, self.db, work, on_success=done, progress=progress, cancellable=cancellable
        )
        return self.job
