from pathlib import Path

from PySide6.QtCore import Qt, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from tests.ui.conftest import shown_window

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def test_an_error_in_a_slot_shows_a_dialog_logs_it_and_the_app_carries_on(qtbot, db, crash_net):
    window = shown_window(qtbot, db, laptop=False)

    def broken() -> None:
        raise ZeroDivisionError("chia cho 0 trong báo cáo")

    button = QPushButton("Lập báo cáo", window)
    button.clicked.connect(broken)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    dialog = crash_net.dialog
    assert dialog is not None and dialog.isVisible()
    assert "ZeroDivisionError: chia cho 0 trong báo cáo" in dialog.details.toPlainText()
    dialog.resize(640, 420)
    qtbot.wait(20)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOTS / "crash-dialog.png"))

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Traceback" in copied and "in broken" in copied
    assert dialog.copy_button.text() == "Đã sao chép"

    logged = crash_net.log_file.read_text(encoding="utf-8")
    assert "ZeroDivisionError: chia cho 0 trong báo cáo" in logged

    # A second error joins the open dialog; the window still works.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert crash_net.dialog is dialog
    assert dialog.details.toPlainText().count("ZeroDivisionError: chia") == 2
    window.select_unit("07354")
    assert window.page.title.text() == "Xã Việt Lập"


def test_qt_warnings_go_to_the_log(crash_net):
    qWarning("cảnh báo thử từ Qt")
    crash_net.open_log()  # as the app does once its window has painted
    assert "Qt: cảnh báo thử từ Qt" in crash_net.log_file.read_text(encoding="utf-8")


def test_warnings_wait_for_the_log_file_but_an_error_opens_it_at_once(crash_net):
    """The log file opens after the first paint (logging.handlers is not imported to start):
    a warning before then is kept and written in order; an error is written at once, so a start
    that fails still leaves its entry."""
    import logging

    qWarning("cảnh báo lúc khởi động")
    assert not crash_net.log_file.exists()
    logging.getLogger("ntm_desktop.crash").error("lỗi lúc khởi động")
    logged = crash_net.log_file.read_text(encoding="utf-8")
    assert logged.index("cảnh báo lúc khởi động") < logged.index("lỗi lúc khởi động")


def test_a_warning_waiting_at_exit_is_written(tmp_path):
    from ui.crash_net import CrashNet

    net = CrashNet(lambda: tmp_path / "logs")
    net.install()
    qWarning("cảnh báo trước khi thoát")
    net.uninstall()
    assert "cảnh báo trước khi thoát" in net.log_file.read_text(encoding="utf-8")


def test_a_net_taken_down_opens_no_log_file_later(tmp_path):
    from ui.crash_net import CrashNet

    net = CrashNet(lambda: tmp_path / "logs")
    net.install()
    net.uninstall()
    net.open_log()  # the app's timer, firing after the app has ended
    assert not net.log_file.exists()


def test_log_file_rotates(crash_net):
    import logging

    for _ in range(3000):
        logging.getLogger("ntm_desktop.crash").error("x" * 1000)
    logs = sorted(p.name for p in crash_net.log_file.parent.iterdir())
    assert logs[:3] == ["ntm-desktop.log", "ntm-desktop.log.1", "ntm-desktop.log.2"]
    assert crash_net.log_file.stat().st_size <= 1_000_000


def test_an_error_in_a_background_job_reaches_the_gui_thread(qtbot, crash_net):
    from ui import jobs

    owner = QPushButton("Xuất")
    qtbot.addWidget(owner)
    failures = []

    def work(task):
        raise RuntimeError("lỗi trong luồng nền")

    jobs.Job(owner, work, on_failure=failures.append).start()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert "không mong muốn" in failures[0].message
    assert crash_net.dialog is not None and crash_net.dialog.isVisible()
    assert "RuntimeError: lỗi trong luồng nền" in crash_net.dialog.details.toPlainText()
    assert "RuntimeError: lỗi trong luồng nền" in crash_net.log_file.read_text(encoding="utf-8")
