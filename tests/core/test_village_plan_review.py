"""The self-review against the model-village criteria, set against the plan's items."""

from __future__ import annotations

from ntm_desktop.checklist import assessments
from ntm_desktop.village_plans import village_plan_review
from ntm_desktop.village_plans import village_plans as vp
from tests.core.test_village_plans import VILLAGE, _items


def test_criteria_not_met_list_the_items_that_address_them(db):
    plan = vp.register(db, VILLAGE, 2020)
    items = _items(db, plan)
    assessments.set_criterion(db, VILLAGE, 2020, 1, "yes")
    assessments.set_criterion(db, VILLAGE, 2020, 2, "no")
    assessments.set_criterion(db, VILLAGE, 2020, 4, "no")
    found = village_plan_review.review(db, VILLAGE, 2020, items)
    by_no = {criterion.no: criterion for criterion in found.criteria}
    assert found.met_count == 1
    assert not by_no[1].open
    assert by_no[4].text == "Tiêu chí 4 chưa đạt — chưa có hạng mục nào"
    assert by_no[2].text == (
        "Tiêu chí 2 chưa đạt — 2 hạng mục: Mở rộng, bê tông hóa đường trục thôn; "
        "Đường hoa, cây xanh 800 m"
    )
    assert by_no[3].met is None
    assert by_no[3].text == "Tiêu chí 3 chưa đánh giá — chưa có hạng mục nào"
    assert [c.no for c in found.uncovered] == [3, 4, 6]
    assert [c.no for c in found.open] == [2, 3, 4, 5, 6]


def test_removed_items_no_longer_address_a_criterion(db):
    plan = vp.register(db, VILLAGE, 2020)
    items = _items(db, plan)
    waste = next(item for item in items if item.criterion_no == 5)
    vp.remove_item(db, waste.id)
    found = village_plan_review.review(db, VILLAGE, 2020, vp.items(db, plan))
    assert next(c for c in found.criteria if c.no == 5).works == ()
    assert found.catalog_title.startswith("Bộ tiêu chí thôn nông thôn mới kiểu mẫu")
