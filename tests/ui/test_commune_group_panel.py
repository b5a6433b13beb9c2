"""The commune's group on its page: shown with its history, set by the province office only."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from PySide6.QtCore import QDate

from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.units import groups
from tests.ui.conftest import SCREENSHOTS, shown_window

XUAN_LUONG = "07246"  # Xã Xuân Lương, Bắc Ninh (tree without districts)
WARD = "07210"  # Phường Bắc Giang


@pytest.fixture
def ninh(tmp_path, bac_ninh_template):
    path = tmp_path / "ntm.db"
    shutil.copyfile(bac_ninh_template, path)
    db = open_data_file(path)
    db.set_user("Nguyễn Thị Hằng")
    yield db
    db.close()


def test_the_province_sets_a_group_on_the_unit_page(qtbot, ninh):
    groups.set_group(ninh, XUAN_LUONG, 3, date(2025, 7, 1), "Quyết định số 1250/QĐ-UBND")
    window = shown_window(qtbot, ninh, XUAN_LUONG)
    panel = window.page.group
    assert panel.isVisible()
    assert "nhóm 3</b> từ 01/07/2025" in panel.current.text()

    panel.group.setCurrentIndex(panel.group.findData(2))
    panel.start.setDate(QDate(2026, 2, 15))
    panel.note.setText("Quyết định số 318/QĐ-UBND ngày 10/02/2026")
    assert panel.save()

    assert groups.group_on(ninh, XUAN_LUONG, date(2026, 2, 14)) == 3
    assert groups.group_on(ninh, XUAN_LUONG, date(2026, 2, 15)) == 2
    assert "nhóm 2</b> từ 15/02/2026" in panel.current.text()
    assert panel.history.text() == (
        "Lịch sử nhóm: nhóm 3 (01/07/2025 – 14/02/2026) · nhóm 2 (15/02/2026 – nay)"
    )
    details = panel.history.toolTip().splitlines()
    assert details[0].startswith(
        "nhóm 3 (01/07/2025 – 14/02/2026): Quyết định số 1250/QĐ-UBND; Nguyễn Thị Hằng ghi ngày"
    )
    assert details[1].startswith(
        "nhóm 2 (15/02/2026 – nay): Quyết định số 318/QĐ-UBND ngày 10/02/2026; Nguyễn Thị Hằng"
    )
    assert panel.note.text() == ""
    (SCREENSHOTS / "demo").mkdir(parents=True, exist_ok=True)
    qtbot.waitUntil(lambda: panel.history.isVisible())
    window.grab().save(str(SCREENSHOTS / "demo" / "unit_page_group.png"))
    assert panel.current.width() >= panel.current.sizeHint().width()
    assert panel.history.fontMetrics().horizontalAdvance(panel.history.full_text) <= (
        panel.history.width()
    )


def test_a_commune_office_sees_its_group_but_cannot_set_it(qtbot, ninh, no_modal_boxes):
    groups.set_group(ninh, XUAN_LUONG, 1, date(2026, 2, 15))
    ninh.set_office(XUAN_LUONG)
    window = shown_window(qtbot, ninh, XUAN_LUONG)
    panel = window.page.group
    assert "nhóm 1</b>" in panel.current.text()
    assert not panel.save_button.isEnabled() and not panel.group.isEnabled()
    assert "Nhóm xã do tỉnh quyết định" in panel.save_button.toolTip()
    # Even driven past the disabled button, the core refuses and nothing changes.
    panel.group.setCurrentIndex(panel.group.findData(3))
    assert not panel.save()
    assert "Nhóm xã do tỉnh quyết định" in no_modal_boxes[-1]
    assert groups.group_on(ninh, XUAN_LUONG, date(2026, 3, 1)) == 1


def test_a_ward_has_no_group_and_no_commune_checklist(qtbot, ninh):
    window = shown_window(qtbot, ninh, WARD)
    assert not window.page.group.isVisible()
    checklist = window.page.checklist
    assert checklist.empty.isVisible()
    assert "Phường không thuộc đối tượng đánh giá xã nông thôn mới" in checklist.empty.text()
