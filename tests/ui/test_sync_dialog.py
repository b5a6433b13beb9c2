"""The exchange dialog: real widgets, real bundles, imports on a worker thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from ntm_desktop.units import units
from tests.core.sync_net import COMMUNE_A, imp, network, two_laptops  # noqa: F401
from ui.dialogs.sync_dialog import RowsModel, SyncDialog

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _check_model(qtmodeltester, shown):
    # A copy that outlives the dialog, which the tester still holds at teardown.
    model = RowsModel(shown.headers)
    model.set_rows(shown.rows, shown.keys)
    qtmodeltester.check(model, force_py=True)


def _renaming_bundle(net, name: str) -> Path:
    """The bundle of a commune A laptop that renamed the commune's first village to `name`."""
    a1 = net.replica("a1", COMMUNE_A)
    units.rename(a1, f"{COMMUNE_A}.001", name)
    [bundle] = net.export(a1)
    return bundle


def _wait(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)


def test_importing_a_folder_shows_the_summary_and_the_board(qtbot, net, qtmodeltester):
    bundle = _renaming_bundle(net, "Thôn Đồng Sen Mới")
    broken = bundle.with_name("hong.vnsb")
    broken.write_bytes(bundle.read_bytes()[:500])
    dialog = SyncDialog(net.province)
    qtbot.addWidget(dialog)
    dialog.resize(1366 - 100, 768 - 100)
    dialog.show()
    dialog.start_import([bundle.parent])
    _wait(qtbot, dialog)
    text = dialog.output.toPlainText()
    assert "đã nhập gói số 1 từ Xã Việt Lập" in text
    assert "hong.vnsb: BỊ TỪ CHỐI" in text
    assert "Đã xử lý 2 tệp, 1 tệp bị từ chối." in text
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "sync_import.png"))
    board = {row[0]: row for row in dialog.board_model.rows}
    assert board[COMMUNE_A][7] == "đầy đủ"
    _check_model(qtmodeltester, dialog.board_model)
    dialog.tabs.setCurrentIndex(2)
    dialog.grab().save(str(SCREENSHOTS / "sync_board.png"))


def test_conflicts_are_listed_and_resolved_and_export_says_safe_to_unplug(
    qtbot, net, qtmodeltester
):
    a1, a2 = two_laptops(net, both_report=True)
    units.rename(a1, f"{COMMUNE_A}.001", "Thôn Tên Máy Một")
    units.rename(a2, f"{COMMUNE_A}.001", "Thôn Tên Máy Hai")
    imp(net.province, net.export(a2)[0])
    imp(a1, net.export(net.province, to=COMMUNE_A)[0])
    dialog = SyncDialog(a1)
    qtbot.addWidget(dialog)
    dialog.resize(1266, 668)
    dialog.show()
    assert dialog.tabs.tabText(1) == "Xung đột (1)"
    [row] = dialog.conflict_model.rows
    assert set(row[4].split(" | ")) == {"Thôn Tên Máy Một", "Thôn Tên Máy Hai"}
    assert row[:3] == ["Đơn vị hành chính", f"{row[3]} ({COMMUNE_A}.001)", "Tên"]
    _check_model(qtmodeltester, dialog.conflict_model)
    dialog.tabs.setCurrentIndex(1)
    dialog.grab().save(str(SCREENSHOTS / "sync_conflicts.png"))
    dialog.resolve(dialog.conflict_model.keys[0], "Thôn Tên Thống Nhất")
    assert dialog.conflict_model.rows == [] and dialog.tabs.tabText(1) == "Xung đột (0)"
    assert units.get(a1, f"{COMMUNE_A}.001").name == "Thôn Tên Thống Nhất"
    dialog.start_export(net.tmp / "usb" / "gui")
    _wait(qtbot, dialog)
    assert "an toàn để rút USB" in dialog.output.toPlainText()
    assert (net.tmp / "usb" / "gui.vnsb").exists()


def test_dropping_a_folder_imports_its_bundles(qtbot, net):
    bundle = _renaming_bundle(net, "Thôn Thả Vào")
    dialog = SyncDialog(net.province)
    qtbot.addWidget(dialog)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle.parent))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    dialog.dropEvent(event)
    _wait(qtbot, dialog)
    assert "đã nhập gói số 1 từ Xã Việt Lập" in dialog.output.toPlainText()
    assert units.get(net.province, f"{COMMUNE_A}.001").name == "Thôn Thả Vào"


def test_a_bundle_opened_with_the_app_is_imported(qtbot, net):
    """What a double-click on a received .vnsb does (the installer's file association)."""
    from ui.main_window import MainWindow

    bundle = _renaming_bundle(net, "Thôn Mở Bằng Nhấp Đúp")
    window = MainWindow(net.province)
    qtbot.addWidget(window)
    dialog = window.open_exchange([bundle])
    _wait(qtbot, dialog)
    assert units.get(net.province, f"{COMMUNE_A}.001").name == "Thôn Mở Bằng Nhấp Đúp"
    assert "đã nhập gói số 1" in dialog.output.toPlainText()
    dialog.close()


def test_a_bundle_double_clicked_while_the_app_runs_is_imported_by_the_open_window(qtbot, net):
    import os
    import subprocess
    import sys

    from ntm_desktop.common.instance_lock import InstanceLock
    from ui.app import Session

    bundle = _renaming_bundle(net, "Thôn Gửi Sang Cửa Sổ Đang Mở")
    session = Session(net.province)
    qtbot.addWidget(session.window)
    with InstanceLock.acquire(net.province.path):
        second = subprocess.run(
            [sys.executable, "-m", "ui.app", "--db", str(net.province.path), str(bundle)],
            cwd=Path(__file__).resolve().parents[2],
            env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        qtbot.waitUntil(
            lambda: (
                units.get(net.province, f"{COMMUNE_A}.001").name == "Thôn Gửi Sang Cửa Sổ Đang Mở"
            ),
            timeout=30_000,
        )


def test_parts_dropped_in_any_order_all_import(qtbot, net):
    from tests.core.sync_net import dump
    from tests.core.test_sync_row_owners import _new_village_with_a_plan

    commune = net.replica("viet-lap", COMMUNE_A)
    _new_village_with_a_plan(commune, items=25)
    parts = net.export(commune, part_limit=200_000)
    assert len(parts) >= 2
    dialog = SyncDialog(net.province)
    qtbot.addWidget(dialog)
    dialog.start_import(list(reversed(parts)))
    _wait(qtbot, dialog)
    assert "0 tệp bị từ chối" in dialog.output.toPlainText()
    assert dump(net.province) == dump(commune)
