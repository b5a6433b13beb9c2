"""The review strip on the checklist page, and the dialog the district records a check in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate

from ntm_desktop.checklist import reviews

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def test_the_district_records_its_check_from_the_checklist(qtbot, window, db):
    window.select_unit("07354")
    strip = window.page.checklist.reviews
    qtbot.waitUntil(lambda: strip.isVisible())
    assert "Huyện thẩm tra: " in strip.labels["district"].text()
    assert "chưa thẩm tra" in strip.labels["district"].text()
    assert "Tỉnh thẩm định: " in strip.labels["province"].text()
    assert "chưa thẩm định" in strip.labels["province"].text()
    assert strip.record_button.isVisible()

    dialog = strip.open_dialog()
    assert dialog is not None
    assert [dialog.stage.itemData(i) for i in range(dialog.stage.count())] == list(reviews.STAGES)
    pending = dialog.status.findData("pending")
    assert dialog.status.itemText(pending) == "Chưa thẩm tra"
    dialog.stage.setCurrentIndex(dialog.stage.findData("province"))
    assert dialog.status.itemText(pending) == "Chưa thẩm định"
    dialog.stage.setCurrentIndex(dialog.stage.findData("district"))
    dialog.status.setCurrentIndex(dialog.status.findData("returned"))
    dialog.note.setPlainText("Bổ sung biên bản kiểm tra tiêu chí 17")
    dialog.reviewer.setText("Trần Thị Bình")
    dialog.date.setDate(QDate(2020, 11, 2))
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "review-dialog.png"))
    dialog.save()
    assert not dialog.isVisible()

    found = reviews.of_unit(db, "07354", 2020)["district"]
    assert (found.status, found.reviewer, found.review_date) == (
        "returned",
        "Trần Thị Bình",
        date(2020, 11, 2),
    )
    assert "cần bổ sung, Trần Thị Bình, 02/11/2020" in strip.labels["district"].text()
    qtbot.waitUntil(
        lambda: strip.labels["district"].width() >= strip.labels["district"].sizeHint().width()
    )
    window.grab().save(str(SCREENSHOTS / "review-strip.png"))


def test_a_bad_review_is_refused_in_the_dialog(qtbot, window, db):
    window.select_unit("07354")
    dialog = window.page.checklist.reviews.open_dialog()
    dialog.status.setCurrentIndex(dialog.status.findData("passed"))
    # The data file turns out to be the commune's own: a commune does not review itself.
    db.set_office("07354")
    dialog.save()
    assert dialog.isVisible() and "cấp xã" in dialog.error.text()
    assert reviews.of_unit(db, "07354", 2020) == {}
    window.page.checklist.load()
    assert not window.page.checklist.reviews.record_button.isVisible()
    assert window.page.checklist.reviews.isVisible()
