from pathlib import Path

import pypdf
from PySide6.QtGui import QColor

from ntm_desktop.dossier import dossier_inputs
from ui.pages.dossier_page import GREEN, RED, DossierPage

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _page(qtbot, db) -> DossierPage:
    page = DossierPage(db)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.year.setValue(2025)
    page.show_unit("07354")
    return page


def _enter(page: DossierPage, name: str, text: str) -> None:
    edit = page._edits[name]
    edit.setText(text)
    edit.editingFinished.emit()


def test_fields_are_saved_as_they_are_left(qtbot, db, no_modal_boxes):
    page = _page(qtbot, db)
    _enter(page, "members_present", "27")
    _enter(page, "votes_for", "25")
    _enter(page, "meeting_date", "20/12/2025")
    stored = dossier_inputs.get(db, "07354", 2025)
    assert (stored.members_present, stored.votes_for) == (27, 25)
    assert page.vote.text() == "nhất trí 25/27 thành viên, đạt 92,6%"

    _enter(page, "votes_for", "30")
    assert no_modal_boxes and "chỉ thành viên dự họp" in no_modal_boxes[-1]
    assert page._edits["votes_for"].text() == "25"
    assert dossier_inputs.get(db, "07354", 2025).votes_for == 25


def test_readiness_list_updates_live(qtbot, db):
    page = _page(qtbot, db)

    def colours():
        return [page.readiness.item(i).foreground().color() for i in range(page.readiness.count())]

    debt_row = next(
        i for i in range(page.readiness.count()) if "nợ đọng" in page.readiness.item(i).text()
    )
    assert colours()[debt_row] == QColor(RED)
    _enter(page, "construction_debt", "1.274.790")
    assert page._edits["construction_debt"].text() == "1.274.790"
    assert "còn nợ 1.274.790 đồng" in page.readiness.item(debt_row).text()
    _enter(page, "construction_debt", "0")
    assert colours()[debt_row] == QColor(GREEN)
    assert "chưa có dữ liệu đánh giá" in page.readiness.item(0).text()
    assert page.draft.isChecked() and not page.draft.isEnabled()


def test_comment_added_from_the_page(qtbot, db):
    page = _page(qtbot, db)
    page.comment_source.setText("Thôn Đồng Tâm")
    page.comment_content.setText("Đề nghị sửa rãnh thoát nước")
    page.add_comment_button.click()
    assert page.comments.rowCount() == 1
    assert page.comments.item(0, 0).text() == "Thôn Đồng Tâm"


def test_preview_and_export_in_the_background(qtbot, db, tmp_path):
    page = _page(qtbot, db)
    _enter(page, "signer_name", "Nguyễn Văn Bình")
    qtbot.waitUntil(
        lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(),
        timeout=10000,
    )
    target = tmp_path / "ho-so.pdf"
    with qtbot.waitSignal(page.exported, timeout=10000):
        page.export(str(target))
    assert page.progress_text.text().startswith("Đã ghi ho-so.pdf")
    reader = pypdf.PdfReader(target)
    assert "DỰ THẢO" in reader.pages[0].extract_text()
    assert "Nguyễn Văn Bình" in "".join(p.extract_text() for p in reader.pages[:2])
    SCREENSHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SCREENSHOTS / "dossier_page.png"))
