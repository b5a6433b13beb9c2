"""`ntm-desktop`: start the GUI on the user's data file (created with the default dataset)."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QDialog

from ntm_desktop.backups import places
from ntm_desktop.common import open_requests
from ntm_desktop.common.errors import DamagedDataFile, DataFileInUse, NtmError
from ntm_desktop.common.instance_lock import InstanceLock
from ntm_desktop.common.paths import APP_NAME, default_db_path, demo_db_path, user_log_dir
from ntm_desktop.session import data_file
from ntm_desktop.storage import Database, Integrity
from ntm_desktop.units import datasets
from ui import collector
from ui.crash_net import CrashNet
from ui.dialogs import first_start
from ui.main_window import MainWindow
from ui.translation import LANGUAGES, install

if TYPE_CHECKING:
    from ui import jobs
    from ui.actions.backup_actions import BackupMenu
    from ui.actions.help_menu import HelpMenu

DATA_PATH_KEY = "data/path"
# From `show` to the integrity check: the first paint and the tree's first rows come first.
BACKGROUND_DELAY_MS = 1500


def data_file_path(given: Path | None) -> Path:
    """--db, else the folder chosen at first start, else the per-user default."""
    if given is not None:
        return given
    remembered = str(QSettings().value(DATA_PATH_KEY, "", type=str))
    return Path(remembered) if remembered else default_db_path()


def open_data_file(path: Path) -> Database:
    """Open the data file, setting it up with the default dataset on first use.

    Only the cheap checks run here (header, WAL, schema); the session reads every page in the
    background once the window shows (`Session.check_integrity`). A file found damaged is never
    written to: the latest good backup is offered, and if taken the damaged file is moved aside
    under a new name and the backup put in its place.
    """
    try:
        db = data_file.open_data_file(path, create=True, full_check=False)
    except DamagedDataFile as error:
        # Imported on use: only a damaged file needs the archives; a sound one opens without.
        from ntm_desktop.backups import backups
        from ui.actions import backup_actions

        good = backups.latest_good(path)
        if good is None:
            raise DamagedDataFile(
                f"{error.message} Không có bản sao lưu tự động nào dùng được; hãy khôi phục từ "
                "bản sao lưu trên USB (Sao lưu > Khôi phục) hoặc nhờ cán bộ hỗ trợ."
            ) from error
        when = good.manifest.created_at.strftime("%H:%M ngày %d/%m/%Y")
        if not backup_actions.confirm(
            None,
            "Tệp dữ liệu bị hỏng",
            f"{error.message}\n\nKhôi phục từ bản sao lưu tốt gần nhất ({when})? Tệp hỏng sẽ "
            "được đổi tên và giữ lại, không bị ghi đè.",
        ):
            raise
        aside = backups.recover(path, good.path)
        db = data_file.open_data_file(path)
        backup_actions.inform(
            None,
            "Đã khôi phục",
            f"Đã khôi phục dữ liệu từ bản sao lưu lúc {when}. Những thay đổi sau thời điểm đó "
            f"cần nhập lại. Tệp hỏng được giữ tại:\n{aside}",
        )
    if db.get_meta("dataset") is None:
        datasets.initialize(db)
    return db


def build_demo(path: Path) -> None:
    """Build the demonstration file at `path` unless it is there (a couple of seconds, before
    any window is shown); a file there that is not a demonstration file is refused."""
    # Imported on use: building it needs the sheet imports the window never loads.
    from ntm_desktop.demo import demo_data

    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        demo_data.create(path)
    finally:
        QApplication.restoreOverrideCursor()


def make_folder_of(path: Path) -> None:
    """The demonstration file's own folder, made before it is locked."""
    with contextlib.suppress(OSError):  # a folder that cannot be made is reported by the lock
        path.parent.mkdir(parents=True, exist_ok=True)


def open_demo(path: Path) -> tuple[Database, InstanceLock]:
    """The demonstration file, built on first use, open and locked."""
    make_folder_of(path)
    lock = InstanceLock.acquire(path)
    try:
        build_demo(path)
        db = open_data_file(path)
    except BaseException:
        lock.release()
        raise
    return db, lock


def run_first_start(db: Database, lock: InstanceLock) -> tuple[Database, InstanceLock]:
    """Show the wizard; returns the data file to use (it may have moved, or be the
    demonstration file the wizard was left for) and its lock."""
    # Imported on use: the wizard's pages are shown once, at a laptop's first start.
    from ui.dialogs import first_start_wizard

    wizard = first_start_wizard.FirstStartWizard(db)
    answer = wizard.exec()
    if answer == first_start.OPEN_DEMO:
        demo, demo_lock = open_demo(demo_db_path())
        db.close()
        lock.release()
        return demo, demo_lock
    if answer != QDialog.DialogCode.Accepted:
        return db, lock
    choice = wizard.choice()
    choice.apply(db)
    if choice.data_folder.resolve() == db.path.parent.resolve():
        return db, lock
    places.check_writable(choice.data_folder)
    target = choice.data_folder.resolve() / db.path.name
    new_lock = InstanceLock.acquire(target)
    try:
        if not target.exists():
            # Imported on use: only a move of the data folder copies data and evidence.
            from ntm_desktop.backups import data_folder

            data_folder.copy_to(db, choice.data_folder)
        moved = open_data_file(target)
        choice.apply(moved)
    except BaseException:
        new_lock.release()
        raise
    db.close()
    lock.release()
    QSettings().setValue(DATA_PATH_KEY, str(target))
    return moved, new_lock


class Session:
    """The open data file and its window; a restore rebuilds the window on the same file.

    Once the window has shown, `start_background_work` checks every page of the file in the
    background (the status bar shows the result; a damaged file becomes read-only), then makes
    the day's backup: neither delays the first paint.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.window = self._new_window()
        self._requests = QFileSystemWatcher()
        requests = open_requests.folder(db.path)
        with contextlib.suppress(OSError):
            requests.mkdir(parents=True, exist_ok=True)
        self._requests.addPath(str(requests))
        self._requests.directoryChanged.connect(lambda _folder: self.import_requested())

    def import_requested(self) -> None:
        """Import the bundles another copy of the app was asked to open (double-clicked)."""
        bundles = open_requests.take(self.db.path)
        if not bundles:
            return
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        self.window.open_exchange(bundles)

    def _new_window(self) -> MainWindow:
        self._menus: tuple[BackupMenu, HelpMenu] | None = None
        window = MainWindow(self.db)
        window.first_painted.connect(self._add_menus)
        window.first_painted.connect(collector.resume)
        window.show_integrity()
        return window

    @property
    def menu(self) -> BackupMenu:
        return self._add_menus()[0]

    @property
    def help(self) -> HelpMenu:
        return self._add_menus()[1]

    def _add_menus(self) -> tuple[BackupMenu, HelpMenu]:
        """The Sao lưu and Trợ giúp menus, added once the window has painted (or when first
        asked for): neither they nor the jobs seam they use are needed to paint it."""
        if self._menus is None:
            from ui.actions.backup_actions import BackupMenu
            from ui.actions.help_menu import HelpMenu

            backup = BackupMenu(self.window, self.db, self.reload)
            self._menus = (backup, HelpMenu(self.window, self.db))  # Trợ giúp rightmost
        return self._menus

    def start_background_work(self) -> None:
        """After the first paint: the integrity check, then the day's backup."""
        QTimer.singleShot(BACKGROUND_DELAY_MS, self.check_integrity)

    def check_integrity(self) -> jobs.Job:
        """Every page read on the job's own fresh connection (one open since before the damage
        could answer from its cache); its result goes to the window's connection."""
        from ui import jobs

        return jobs.Job(
            self.window,
            lambda task: task.db.check_integrity(),
            data_file=self.db,
            on_success=self._integrity_good,
            on_failure=self._integrity_failed,
            in_place=True,
        ).start()

    def _integrity_good(self, _result: object) -> None:
        self.db.integrity = Integrity.GOOD
        self.window.show_integrity()
        self.menu.daily_backup()

    def _integrity_failed(self, error: NtmError) -> None:
        if isinstance(error, DamagedDataFile):
            self.db.mark_damaged(error)
            self.window.show_integrity()
        else:
            self.window.show_integrity(error)

    def reload(self) -> None:
        old = self.window
        self.window = self._new_window()
        self.window.setGeometry(old.geometry())
        self.window.show()
        old.close()
        old.deleteLater()


class _QuitAfterFirstPaint(QObject):
    """`--smoke-test`: proves a (frozen) build can start, open its data and paint the unit
    tree. "ok" is printed from that paint, so a benchmark can take its time."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if sys.stdout is not None:  # None in a windowed Windows executable
                print("ok", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def parse_arguments(argv: Sequence[str] | None) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and the rest for Qt."""
    parser = argparse.ArgumentParser(prog="ntm-desktop")
    parser.add_argument("--db", type=Path, default=None, help="tệp dữ liệu")
    # The installer associates received bundles (.vnsb) with `ntm-desktop.exe "%1"`: the app
    # opens on the data file and imports the bundle once its window is shown.
    parser.add_argument("file", type=Path, nargs="?", default=None, help="gói dữ liệu cần nhập")
    parser.add_argument("--lang", choices=LANGUAGES, help="ngôn ngữ giao diện (mặc định theo máy)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="mở tệp dữ liệu mẫu (tạo lần đầu trong thư mục dữ liệu mẫu, hoặc ở --db); tệp "
        "dữ liệu của người dùng không bị động đến",
    )
    parser.add_argument(
        "--smoke-test", action="store_true", help="thoát sau lần vẽ cửa sổ đầu tiên, in 'ok'"
    )
    return parser.parse_known_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_arguments(argv)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("NTM Desktop")
    install(app, args.lang)
    crash_net = CrashNet(user_log_dir)
    crash_net.install()
    # With the background work, after the first paint: what is logged before waits in memory.
    QTimer.singleShot(BACKGROUND_DELAY_MS, crash_net.open_log)
    try:
        return run(args)
    finally:
        crash_net.uninstall()


def run(args: argparse.Namespace) -> int:
    path = (args.db or demo_db_path()) if args.demo else data_file_path(args.db)
    if args.demo:
        make_folder_of(path)
    try:
        lock = InstanceLock.acquire(path)
    except NtmError as error:
        if isinstance(error, DataFileInUse) and args.file is not None:
            # The window already open on this data file imports the bundle.
            with contextlib.suppress(NtmError):
                open_requests.leave(path, [args.file])
                return 0
        from ui import messages  # imported on use: only a start that fails reports one

        messages.show_error(None, error, "NTM Desktop đang mở")
        return error.exit_code
    try:
        if args.demo:
            build_demo(path)
        db = open_data_file(path)
        # A smoke test (CI, the frozen build) must not stop at the wizard.
        if first_start.is_needed(db) and not args.smoke_test:
            db, lock = run_first_start(db, lock)
    except NtmError as error:
        from ui import messages

        messages.show_error(None, error, "Không mở được tệp dữ liệu")
        lock.release()
        return error.exit_code
    session = Session(db)
    if args.smoke_test:
        viewport = session.window.tree.viewport()
        viewport.installEventFilter(_QuitAfterFirstPaint(viewport))
    session.window.show()
    if args.file is not None and not args.smoke_test:
        bundle = args.file
        QTimer.singleShot(0, lambda: session.window.open_exchange([bundle]))
    session.import_requested()  # asked for while this window was starting
    session.start_background_work()
    code = QApplication.exec()
    from ui import jobs  # loaded by now (the later menus use it): the import only names it

    jobs.finish_all()
    session.db.close()
    lock.release()
    return code


if __name__ == "__main__":
    sys.exit(main())
