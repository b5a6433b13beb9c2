"""Model-village plans: status from registration to recognition, items, totals, refusals."""

from __future__ import annotations

from datetime import date

import pytest

from ntm_desktop.common.errors import InvalidInput, NotFound
from ntm_desktop.storage import changes
from ntm_desktop.units import units
from ntm_desktop.village_plans import plan_status
from ntm_desktop.village_plans import village_plans as vp
from tests.conftest import refused

VILLAGE = "07354.001"
TODAY = date(2020, 12, 31)


def _plan(db, status: str = "registered") -> vp.Plan:
    plan = vp.register(db, VILLAGE, 2020)
    steps = ["drafted", "approved", "in_progress", "proposed"]
    for step in steps[: steps.index(status) + 1] if status != "registered" else []:
        extra = {"decision": "12/QĐ-UBND", "decided_on": date(2020, 3, 10)}
        plan = vp.set_status(
            db, VILLAGE, 2020, step, today=TODAY, **(extra if step == "approved" else {})
        )
    return plan


def approve(db, today: date = TODAY) -> vp.Plan:
    """The commune's approval of the village's 2020 plan by decision 12/QĐ-UBND of 10/03."""
    decision = {"decision": "12/QĐ-UBND", "decided_on": date(2020, 3, 10)}
    return vp.set_status(db, VILLAGE, 2020, "approved", today=today, **decision)


def _recognise(db, decision: str, decided_on: date) -> vp.Plan:
    return vp.set_status(
        db, VILLAGE, 2020, "recognised", decision=decision, decided_on=decided_on, today=TODAY
    )


def _items(db, plan: vp.Plan) -> list[vp.PlanItem]:
    road = vp.add_item(
        db,
        plan,
        work="Mở rộng, bê tông hóa đường trục thôn",
        criterion_no=2,
        lead="Ban phát triển thôn",
        start="Q1",
        end="06",
        quantity="1.250",
        unit="m",
        amounts={
            "state_support": "30.000.000",
            "local_budget": 150_000_000,
            "residents_cash": "245.500.000",
            "land_m2": "320,5",
            "workdays": 410,
            "walls_m2": "85",
        },
    )
    flowers = vp.add_item(
        db,
        plan,
        work="Đường hoa, cây xanh 800 m",
        criterion_no=2,
        lead="Hội Phụ nữ thôn",
        start="03",
        end="Q2",
        amounts={"enterprise": "12.000.000", "residents_cash": "8.500.000", "workdays": "120,5"},
    )
    waste = vp.add_item(
        db,
        plan,
        work="Phân loại rác thải tại nguồn",
        criterion_no=5,
        lead="Các hộ gia đình",
        start="Q3",
        end="Q4",
        amounts={"local_budget": "7.000.000"},
    )
    gardens = vp.add_item(
        db, plan, work="Chỉnh trang vườn hộ", start="02", end="09", amounts={"workdays": 200}
    )
    return [road, flowers, waste, gardens]


def test_plan_from_registration_to_recognition(db):
    plan = vp.register(db, VILLAGE, 2020)
    assert plan.status == "registered"
    assert plan.owner_code == "07354"
    assert plan.id == vp.plan_id(VILLAGE, 2020)
    plan = vp.set_status(db, VILLAGE, 2020, "drafted")
    _items(db, plan)
    plan = approve(db)
    assert (plan.approval_decision, plan.approval_date) == ("12/QĐ-UBND", date(2020, 3, 10))
    vp.set_status(db, VILLAGE, 2020, "in_progress")
    vp.set_status(db, VILLAGE, 2020, "proposed")
    plan = _recognise(db, "3105/QĐ-UBND", date(2020, 12, 20))
    assert plan.status == "recognised"
    assert plan.status_name == "Đã được công nhận"
    assert plan.recognition_date == date(2020, 12, 20)
    assert plan.next_statuses == ()
    logged = [c.new_value for c in changes.history(db, table="village_plans", field="status")]
    assert logged == ["registered", "drafted", "approved", "in_progress", "proposed", "recognised"]
    assert {c.owner_code for c in changes.history(db, table="village_plan_items")} == {"07354"}


def test_not_recognised_and_returned_for_completion(db):
    _plan(db, "proposed")
    assert vp.set_status(db, VILLAGE, 2020, "in_progress").status == "in_progress"
    vp.set_status(db, VILLAGE, 2020, "proposed")
    assert vp.set_status(db, VILLAGE, 2020, "not_recognised").next_statuses == ()


def test_registration_is_one_row_per_village_and_year(db):
    vp.register(db, VILLAGE, 2020)
    with pytest.raises(InvalidInput, match="đã đăng ký"):
        vp.register(db, VILLAGE, 2020)
    assert vp.register(db, VILLAGE, 2021).id != vp.plan_id(VILLAGE, 2020)
    with pytest.raises(InvalidInput, match="không phải thôn"):
        vp.register(db, "07354", 2020)
    with pytest.raises(NotFound, match="chưa đăng ký"):
        vp.get(db, "07354.001", 2022)


def test_totals_by_source_and_criterion_match_hand_sums(db):
    plan = _plan(db, "drafted")
    road, flowers, _waste, _gardens = _items(db, plan)
    assert road.quantity == 1250.0
    assert (road.start_date, road.end_date) == (date(2020, 1, 1), date(2020, 6, 30))
    assert (flowers.start_date, flowers.end_date) == (date(2020, 3, 1), date(2020, 6, 30))
    totals = vp.totals(vp.items(db, plan))
    assert totals.by_source == {
        "state_support": 30_000_000,
        "local_budget": 150_000_000 + 7_000_000,
        "enterprise": 12_000_000,
        "residents_cash": 245_500_000 + 8_500_000,
    }
    assert totals.grand_total == 453_000_000
    assert all(isinstance(value, int) for value in totals.by_source.values())
    assert totals.criterion_totals == {
        2: 30_000_000 + 150_000_000 + 245_500_000 + 12_000_000 + 8_500_000,
        5: 7_000_000,
        None: 0,
    }
    assert totals.by_criterion[2]["residents_cash"] == 254_000_000
    assert totals.in_kind == {"land_m2": 320.5, "workdays": 410 + 120.5 + 200, "walls_m2": 85.0}

    vp.remove_item(db, flowers.id)
    after = vp.totals(vp.items(db, plan))
    assert after.grand_total == 453_000_000 - 20_500_000
    assert len(vp.items(db, plan, include_deleted=True)) == 4
    assert [c.new_value for c in changes.history(db, row_prefix=flowers.id, field="deleted")] == [
        0,
        1,
    ]


def test_progress_is_item_weighted_and_overdue_at_a_date(db):
    plan = _plan(db, "in_progress")
    road, flowers, waste, gardens = _items(db, plan)
    vp.update_item(db, road.id, percent_done=100)
    vp.update_item(db, flowers.id, percent_done=60)
    vp.update_item(db, gardens.id, status="done")
    items = vp.items(db, plan)
    assert [item.status for item in items] == ["done", "in_progress", "not_started", "done"]
    totals = vp.totals(items)
    assert totals.progress == pytest.approx((100 + 60 + 0 + 100) / 4)
    assert (totals.items, totals.done) == (4, 2)
    # End of June passed, flowers at 60 %: overdue from 1 July, not on 30 June itself.
    assert vp.overdue(items, date(2020, 6, 30)) == []
    assert [item.id for item in vp.overdue(items, date(2020, 7, 1))] == [flowers.id]
    assert [item.id for item in vp.overdue(items, date(2021, 1, 1))] == [flowers.id, waste.id]


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (
            lambda db, plan: vp.add_item(
                db, plan, work="Đường", amounts={"residents_cash": "-5.000.000"}
            ),
            "Nhân dân đóng góp (tiền) không được âm",
        ),
        (
            lambda db, plan: vp.add_item(db, plan, work="Đường", amounts={"land_m2": -3}),
            "Hiến đất (m²) không được âm",
        ),
        (
            lambda db, plan: vp.add_item(
                db, plan, work="Đường", amounts={"state_support": "30.000.000,5"}
            ),
            "không có phần lẻ",
        ),
        (
            lambda db, plan: vp.add_item(db, plan, work="Đường", start="Q3", end="05"),
            "Thời gian kết thúc 31/05/2020 trước thời gian bắt đầu 01/07/2020",
        ),
        (
            lambda db, plan: vp.add_item(db, plan, work="Đường", start="13"),
            "Thời gian '13' không hợp lệ",
        ),
        (
            lambda db, plan: vp.add_item(db, plan, work="Đường", percent_done=150),
            "Tỷ lệ hoàn thành 150% không hợp lệ",
        ),
        (
            lambda db, plan: vp.add_item(db, plan, work="   "),
            "Hãy nhập nội dung công việc",
        ),
        (
            lambda db, plan: approve(db, today=date(2020, 3, 9)),
            "Ngày quyết định 10/03/2020 ở tương lai",
        ),
        (
            lambda db, plan: vp.set_status(db, VILLAGE, 2020, "approved"),
            "Cần số và ngày của quyết định phê duyệt",
        ),
        (
            lambda db, plan: vp.set_status(db, VILLAGE, 2020, "recognised"),
            "Không chuyển được phương án từ 'Đã xây dựng phương án' sang 'Đã được công nhận'",
        ),
    ],
)
def test_refusals_change_nothing(db, db_path, action, message):
    plan = _plan(db, "drafted")
    item = vp.add_item(db, plan, work="Nhà văn hóa", amounts={"enterprise": 5_000_000})
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with refused(db_path) as raised:
        action(db, plan)
    assert message in raised.value.message
    assert vp.items(db, plan) == [item]
    assert vp.get(db, VILLAGE, 2020).status == "drafted"


def test_item_updates_are_checked_whole(db, db_path):
    plan = _plan(db, "in_progress")
    road = _items(db, plan)[0]
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with refused(db_path, match="Tỷ lệ hoàn thành 150%"):
        vp.update_item(db, road.id, percent_done=150)
    with pytest.raises(InvalidInput, match="không khớp"):
        vp.update_item(db, road.id, status="done", percent_done=40)
    with pytest.raises(InvalidInput, match="trước thời gian bắt đầu"):
        vp.update_item(db, road.id, end_date=date(2019, 12, 31))
    updated = vp.update_item(db, road.id, state_support="25.000.000")
    assert updated.state_support == 25_000_000
    logged = changes.history(db, row_prefix=road.id, field="state_support")
    assert [(c.old_value, c.new_value) for c in logged] == [
        (None, 30_000_000),
        (30_000_000, 25_000_000),
    ]


def test_items_are_locked_once_proposed(db):
    plan = _plan(db, "in_progress")
    road = _items(db, plan)[0]
    plan = vp.set_status(db, VILLAGE, 2020, "proposed")
    with pytest.raises(InvalidInput, match="không sửa được hạng mục"):
        vp.update_item(db, road.id, percent_done=100)
    with pytest.raises(InvalidInput, match="không sửa được hạng mục"):
        vp.add_item(db, plan, work="Thêm")


def test_recognition_not_before_approval(db):
    _plan(db, "proposed")
    with pytest.raises(InvalidInput, match="trước ngày phê duyệt"):
        _recognise(db, "1/QĐ-UBND", date(2020, 1, 5))


def test_money_parsing():
    assert vp.parse_dong("30.000.000") == 30_000_000
    assert vp.parse_dong("30000000") == 30_000_000
    assert vp.parse_dong(None) == 0
    for bad in ("30.00.000", "3e7", "30,000,000", "-1"):
        with pytest.raises(InvalidInput):
            vp.parse_dong(bad)
    assert vp.parse_quantity("1.250,5", "x") == 1250.5
    with pytest.raises(InvalidInput, match="dấu phẩy"):
        vp.parse_quantity("12.5", "x")
    assert vp.parse_period("Q4", 2020, end=True) == date(2020, 12, 31)
    assert vp.parse_period("2", 2020, end=True) == date(2020, 2, 29)


def test_statuses_and_commune_overview_for_the_tree_and_the_commune_page(db):
    plan = _plan(db, "approved")
    items = _items(db, plan)
    vp.update_item(db, items[0].id, percent_done=100)
    vp.update_item(db, items[1].id, percent_done=50)
    vp.remove_item(db, items[3].id)
    second = units.add_village(db, "07354", "Thôn Mới")
    unregistered = units.add_village(db, "07354", "Thôn Sau")
    other = vp.register(db, second.code, 2020)
    assert plan_status.statuses(db, [VILLAGE, second.code, unregistered.code], 2020) == {
        VILLAGE: "approved",
        second.code: "registered",
    }
    assert plan_status.statuses(db, [VILLAGE], 2021) == {}
    overview = vp.commune_overview(db, "07354", 2020)
    assert [(v.plan.village_code, v.items, v.done) for v in overview] == [
        (VILLAGE, 3, 1),
        (other.village_code, 0, 0),
    ]
    assert overview[0].progress == pytest.approx(vp.totals(vp.items(db, plan)).progress)
    assert overview[0].village_name.startswith("Thôn")
    assert vp.commune_overview(db, "07201", 2020) == []
