"""The background-job seam with real threads, a real data file and real widgets: where the
callbacks run, what a failure leaves behind, the serial writer, cancel, and quitting mid-job."""

from __future__ import annotations

import itertools
import logging
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.units import units
from tests.ui.conftest import shown_window
from ui import jobs
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"


class Panel(QWidget):
    """A button that a job disables, a bar and a label it reports to."""

    def __init__(self) -> None:
        super().__init__()
        self.button = QPushButton("Xuất")
        self.bar = QProgressBar()
        self.bar.hide()
        self.status = QLabel()
        layout = QVBoxLayout(self)
        for widget in (self.button, self.bar, self.status):
            layout.addWidget(widget)

    def job(self, work, **options) -> jobs.Job:
        return jobs.Job(
            self, work, disable=[self.button], progress=self.bar, status=self.status, **options
        )


@pytest.fixture
def panel(qtbot):
    shown = Panel()
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _settled(qtbot, owner) -> None:
    qtbot.waitUntil(lambda: not jobs.running(owner), timeout=10_000)


def test_work_runs_off_the_gui_thread_on_its_own_connection_and_success_comes_back_on_it(
    qtbot, db, panel
):
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work(task: jobs.Task) -> str:
        seen["work thread"] = threading.get_ident()
        seen["own connection"] = task.db is not db and task.db.path == db.path
        seen["user"] = task.db.actor.user
        units.rename(task.db, "07354.001", "Thôn Đổi Tên Trong Nền")
        return "xong"

    def done(result: str) -> None:
        seen["success thread"] = threading.get_ident()
        seen["result"] = result
        seen["enabled in callback"] = panel.button.isEnabled()

    panel.job(work, data_file=db, lane=jobs.Lane.WRITE, on_success=done).start()
    assert not panel.button.isEnabled() and panel.bar.isVisible()
    _settled(qtbot, panel)
    assert seen["work thread"] != gui
    assert seen["success thread"] == gui
    assert seen["result"] == "xong"
    assert seen["own connection"] is True
    assert seen["user"] == "Nguyễn Văn An"  # this window's person, not the file's
    assert seen["enabled in callback"] is True
    assert panel.button.isEnabled() and not panel.bar.isVisible()
    assert units.get(db, "07354.001").name == "Thôn Đổi Tên Trong Nền"


def test_a_refusal_re_enables_the_widgets_and_shows_its_message(qtbot, panel, no_modal_boxes):
    def work(task: jobs.Task) -> None:
        task.progress(40, "Đang đọc tệp…")
        raise InvalidInput("Tệp bieu01.xlsx không có dòng Tổng cộng. Hãy thêm dòng đó.")

    succeeded = []
    panel.job(work, on_success=succeeded.append).start()
    _settled(qtbot, panel)
    assert no_modal_boxes == ["Tệp bieu01.xlsx không có dòng Tổng cộng. Hãy thêm dòng đó."]
    assert succeeded == []
    assert panel.button.isEnabled() and not panel.bar.isVisible()
    assert panel.status.text() == ""


def test_an_unexpected_error_re_enables_the_widgets_logs_it_and_offers_its_details(
    qtbot, panel, crash_net, capfd, no_modal_boxes
):
    def work(task: jobs.Task) -> None:
        raise RuntimeError("lỗi lạ trong luồng nền")

    failures = []
    panel.job(work, on_failure=failures.append).start()
    _settled(qtbot, panel)
    assert panel.button.isEnabled() and not panel.bar.isVisible()
    assert "không mong muốn" in failures[0].message
    assert no_modal_boxes == []  # one dialog, the crash crash_net's, not a second box
    dialog = crash_net.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.copy_button.text() == "Sao chép chi tiết"
    assert "RuntimeError: lỗi lạ trong luồng nền" in dialog.details.toPlainText()
    assert "RuntimeError: lỗi lạ trong luồng nền" in crash_net.log_file.read_text(encoding="utf-8")
    assert "Traceback" not in capfd.readouterr().err


def test_writers_run_one_at_a_time_and_readers_alongside(qtbot, panel):
    spans: dict[str, tuple[float, float]] = {}
    writing = threading.Event()
    read = threading.Event()
    reader_ran_meanwhile = []

    def writer(name: str):
        def work(task: jobs.Task) -> None:
            start = time.monotonic()
            writing.set()
            # A reader gets through while a writer holds its lane (it would wait 5 s if not).
            reader_ran_meanwhile.append(read.wait(5))
            time.sleep(0.2)
            spans[name] = (start, time.monotonic())

        return work

    def reader(task: jobs.Task) -> None:
        assert writing.wait(5)
        read.set()

    for name in ("writer 1", "writer 2", "writer 3"):
        jobs.Job(panel, writer(name), lane=jobs.Lane.WRITE).start()
    jobs.Job(panel, reader, lane=jobs.Lane.READ).start()
    _settled(qtbot, panel)
    ordered = sorted(spans.values())
    assert len(ordered) == 3
    for earlier, later in itertools.pairwise(ordered):
        assert earlier[1] <= later[0], "two writers overlapped"
    assert reader_ran_meanwhile == [True, True, True]


def test_cancel_stops_a_long_job_and_only_gives_the_widgets_back(qtbot, panel, no_modal_boxes):
    steps = []

    def work(task: jobs.Task) -> str:
        for step in range(200):  # 10 seconds if nothing stops it
            task.progress(step // 2, f"Đang dựng trang {step + 1}/200…")
            steps.append(step)
            time.sleep(0.05)
        return "xong"

    succeeded = []
    job = panel.job(work, on_success=succeeded.append, cancellable=True).start()
    qtbot.waitUntil(lambda: len(steps) >= 3, timeout=5000)
    asked = time.monotonic()
    job.cancel()
    _settled(qtbot, panel)
    assert time.monotonic() - asked < 1.0
    assert len(steps) < 30 and succeeded == [] and no_modal_boxes == []
    assert panel.button.isEnabled() and not panel.bar.isVisible()
    assert panel.status.text() == ""  # no "page 4/200" left behind


def test_a_cancelled_job_that_has_not_started_never_runs(qtbot, panel):
    release = threading.Event()
    ran = []
    jobs.Job(panel, lambda task: release.wait(10), lane=jobs.Lane.RENDER).start()
    queued = panel.job(lambda task: ran.append(1), lane=jobs.Lane.RENDER).start()
    assert not panel.button.isEnabled()
    queued.cancel()
    assert panel.button.isEnabled() and not queued.running
    release.set()
    _settled(qtbot, panel)
    assert ran == []


def test_progress_shows_percent_and_text_while_the_job_runs(qtbot, db):
    window = shown_window(qtbot, db, "07354")
    page = window.page.dossier
    window.page.show_tab(page)
    at_page_three = threading.Event()
    release = threading.Event()

    def work(task: jobs.Task) -> None:
        task.progress(40, "Đang dựng trang 3/8 của hồ sơ…")
        at_page_three.set()
        release.wait(10)

    jobs.Job(
        page,
        work,
        lane=jobs.Lane.RENDER,
        disable=[page.export_button],
        progress=page.progress,
        status=page.progress_text,
    ).start()
    qtbot.waitUntil(lambda: page.progress.value() == 40, timeout=10_000)
    assert page.progress.isVisible() and not page.export_button.isEnabled()
    assert page.progress_text.text() == "Đang dựng trang 3/8 của hồ sơ…"
    window.page.tabs.currentWidget().ensureWidgetVisible(page.progress_text)
    qtbot.wait(50)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "jobs.png"))
    release.set()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert page.export_button.isEnabled() and not page.progress.isVisible()


def test_quitting_while_a_preview_renders_reports_nothing_to_closed_pages(
    qtbot, db, capfd, caplog, monkeypatch
):
    uncaught = []
    monkeypatch.setattr(sys, "excepthook", lambda *error: uncaught.append(error))
    qt_messages = []
    qInstallMessageHandler(lambda kind, _context, text: qt_messages.append((kind, text)))
    try:
        window = MainWindow(db)
        window.show()
        window.select_unit("07354")
        page = window.page.dossier
        window.page.show_tab(page)
        page._start_preview()  # the real render, as after the typing pause
        started = threading.Event()
        finished = threading.Event()
        late = []

        def slow(task: jobs.Task) -> str:
            started.set()
            time.sleep(0.3)
            finished.set()
            return "xong"

        # Would write into the page after it is gone, if it were ever called.
        jobs.Job(
            page, slow, on_success=lambda result: late.append(page.title.setText(result))
        ).start()
        assert started.wait(5)
        window.close()
        window.deleteLater()
        qtbot.wait(50)
        assert finished.wait(5)
        qtbot.wait(200)
    finally:
        qInstallMessageHandler(None)
    assert late == []
    assert uncaught == []
    # The offscreen platform's own remark about window hints is not ours.
    ours = [text for _kind, text in qt_messages if "propagateSizeHints" not in text]
    assert ours == []
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    err = capfd.readouterr().err
    assert "Traceback" not in err and "deleted" not in err


def test_a_job_still_running_after_the_wait_reaches_nobody(qtbot, db, capfd, monkeypatch):
    monkeypatch.setattr(jobs, "STOP_WAIT_SECONDS", 0.05)
    window = MainWindow(db)
    window.show()
    release = threading.Event()
    late = []
    owner = window.page.checklist
    jobs.Job(owner, lambda task: release.wait(10), on_success=late.append).start()
    window.close()  # gives up waiting after 0.05 s
    window.deleteLater()
    qtbot.wait(50)
    release.set()
    qtbot.wait(200)
    assert late == []
    assert "Traceback" not in capfd.readouterr().err


QUIT_SCRIPT = """
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
app = QApplication([])
from ui import app as ntm_app
from ui.dialogs import first_start
from ui.main_window import MainWindow
QSettings().setValue(first_start.SKIPPED_KEY, True)

def quit_while_rendering():
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window.select_unit("07354")
    page = window.page.dossier
    window.page.show_tab(page)
    page._start_preview()  # the render starts; the person quits at once
    window.close()

QTimer.singleShot(0, quit_while_rendering)
print("thoát", ntm_app.run(ntm_app.parse_arguments(["--db", sys.argv[1]])[0]))
"""


def test_quitting_the_app_while_a_preview_renders_prints_nothing(db_path, tmp_path):
    """The whole process, as the person runs it: the traceback came at interpreter exit."""
    done = subprocess.run(
        [sys.executable, "-c", QUIT_SCRIPT, str(db_path), str(tmp_path / "settings")],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"},
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("thoát 0")
    errors = [line for line in done.stderr.splitlines() if "propagateSizeHints" not in line]
    assert errors == []
