from datetime import date

import pytest

from ntm_desktop.checklist import assessments, ocop_criterion, standing
from ntm_desktop.criteria import catalogs
from ntm_desktop.ocop import ocop
from ntm_desktop.storage import changes

CURRENT = "xa-ntm-2021-2025"


def rated_tea(db, decided_on, decision="975/QĐ-UBND", commune="07354"):
    producer = ocop.add_producer(db, "HTX Thân Trường", "HTX", commune)
    product = ocop.add_product(db, "Chè xanh Bản ven", producer.id)
    return ocop.rate(db, product.id, 3, decision, decided_on)


def test_ocop_feeds_criterion_13_where_the_catalog_asks(db):
    rated_tea(db, date(2021, 3, 10))
    catalog = catalogs.get(db, CURRENT)
    (fed,) = ocop_criterion.evidence(db, catalog, "07354", date(2022, 6, 30))
    assert fed.indicator == "13.x2"
    assert fed.met and [p.product for p in fed.products] == ["Chè xanh Bản ven"]
    assert fed.basis == "Theo OCOP: Chè xanh Bản ven, 3 sao, QĐ 975/QĐ-UBND ngày 10/03/2021"
    # A commune with no OCOP data at all: the rule does not guess, the officer decides.
    (other,) = ocop_criterion.evidence(db, catalog, "07342", date(2022, 6, 30))
    assert other.met is None and other.basis.startswith("Chưa có dữ liệu OCOP của xã")
    row = assessments.checklist(db, "07342", 2022).row("13.x2")
    assert (row.computed, row.met) == (None, "unknown")
    # A product not (or no longer) rated in force is an answer: not met.
    ocop.add_product(db, "Mật ong rừng", ocop.add_producer(db, "Hộ Lê Văn An", "Hộ", "07342").id)
    (unrated,) = ocop_criterion.evidence(db, catalog, "07342", date(2022, 6, 30))
    assert unrated.met is False and "chưa có sản phẩm OCOP" in unrated.basis
    (expired,) = ocop_criterion.evidence(db, catalog, "07354", date(2024, 3, 11))
    assert not expired.met
    (still,) = ocop_criterion.evidence(db, catalog, "07354", date(2024, 3, 10))
    assert still.met
    # The 2016-2020 set asks nothing of OCOP.
    old = catalogs.get(db, "xa-ntm-2016-2020")
    assert ocop_criterion.evidence(db, old, "07354", date(2020, 12, 31)) == []


def test_validity_window_counts_whole_months():
    assert ocop_criterion.valid_since(date(2024, 3, 10)) == date(2021, 3, 10)
    assert ocop_criterion.valid_since(date(2024, 2, 29)) == date(2021, 2, 28)
    assert ocop_criterion.valid_since(date(2023, 1, 31)) == date(2020, 1, 31)


@pytest.mark.parametrize(
    ("decided_on", "years"),
    [
        (date(2022, 3, 10), [2022, 2023, 2024]),
        (date(2022, 1, 1), [2022, 2023, 2024]),
        # Decided on 31/12: still in force on 31/12 three years later.
        (date(2021, 12, 31), [2021, 2022, 2023, 2024]),
    ],
)
def test_a_decision_is_read_at_the_end_of_each_year_it_is_in_force(decided_on, years):
    assert ocop_criterion.years_in_force(decided_on) == years
    for year in range(decided_on.year - 1, decided_on.year + 5):
        as_of = date(year, 12, 31)
        in_force = decided_on <= as_of and decided_on >= ocop_criterion.valid_since(as_of)
        assert in_force == (year in years)


def test_the_checklist_takes_the_ocop_indicator_from_the_ratings_until_they_lapse(db):
    rated_tea(db, date(2022, 3, 10))
    for year in (2023, 2024):
        row = assessments.checklist(db, "07354", year).row("13.x2")
        assert (row.computed, row.met, row.decided_by, row.disagrees) == (
            True,
            "yes",
            "rule",
            False,
        )
        assert row.basis == "Theo OCOP: Chè xanh Bản ven, 3 sao, QĐ 975/QĐ-UBND ngày 10/03/2022"
    # Not yet decided at the end of 2021; lapsed (36 months) by the end of 2025.
    for year in (2021, 2025):
        row = assessments.checklist(db, "07354", year).row("13.x2")
        assert (row.computed, row.met, row.decided_by) == (False, "no", "rule")
    # The cooperative indicator of the same criterion still waits for the officer.
    assert assessments.checklist(db, "07354", 2023).row("13.x1").computed is None
    # The stored score counts criterion 13 once the officer has judged the rest of it.
    assessments.set_indicator(db, "07354", 2023, "13.x1", met="yes")
    assessments.set_indicator(db, "07354", 2025, "13.x1", met="yes")
    assert assessments.stored_criterion_results(db, "07354", 2023)[13] is True
    assert standing.stored_scores(db, ["07354"], 2023)["07354"] == (1, 19)
    assert assessments.stored_criterion_results(db, "07354", 2025)[13] is False
    assert standing.stored_scores(db, ["07354"], 2025)["07354"] == (0, 19)


def test_the_officer_saying_no_against_the_ratings_is_flagged(db):
    rated_tea(db, date(2022, 3, 10))
    assessments.set_indicator(db, "07354", 2023, "13.x2", met="no")
    row = assessments.checklist(db, "07354", 2023).row("13.x2")
    assert (row.computed, row.met, row.decided_by, row.disagrees) == (True, "no", "officer", True)


def test_a_rating_written_after_the_checklist_moves_the_stored_score(db, monkeypatch):
    for year in (2021, 2023, 2025):
        assessments.set_indicator(db, "07354", year, "13.x1", met="yes")
    assert standing.stored_scores(db, ["07354"], 2023)["07354"] == (0, 19)
    # Results were stored for 2026 before the commune's end (30/06/2025) was known.
    assessments.recompute(db, "07354", 2026)
    recomputed = []
    recompute = assessments.recompute
    monkeypatch.setattr(
        assessments,
        "recompute",
        lambda db_, unit, year: recomputed.append(year) or recompute(db_, unit, year),
    )
    logged = len(changes.history(db))
    # In force at the end of 2023 to 2026: every stored year of those is stored again, 2026
    # too, without tripping on the commune's end date.
    rating = rated_tea(db, date(2023, 12, 31))
    assert recomputed == [2023, 2025, 2026]
    # The rating is the only tracked change: stored results are derived, never logged.
    assert {change.table_name for change in changes.history(db)[logged:]} == {
        "ocop_producers",
        "ocop_products",
        "ocop_ratings",
    }
    assert standing.stored_scores(db, ["07354"], 2023)["07354"] == (1, 19)
    assert assessments.stored_criterion_results(db, "07354", 2025)[13] is True
    # Before the decision nothing changes.
    assert assessments.stored_criterion_results(db, "07354", 2021)[13] is False
    # Years never assessed are not stored by a rating: the score is computed when asked.
    assert "07354" not in standing.stored_scores(db, ["07354"], 2024)
    # A withdrawal (as a sync import brings one) through the same hook stores them again.
    changes.update_tracked(db, "ocop_ratings", rating.id, {"deleted": 1}, owner="24")
    ocop.rescore(db, {"product_id": rating.product_id, "decided_on": "2023-12-31"})
    assert standing.stored_scores(db, ["07354"], 2023)["07354"] == (0, 19)
    assert assessments.stored_criterion_results(db, "07354", 2025)[13] is False


def test_the_2016_2020_set_is_not_fed(db):
    assessments.set_indicator(db, "07354", 2020, "13.1", met="yes")
    before = assessments.stored_criterion_results(db, "07354", 2020)
    rated_tea(db, date(2019, 12, 20))
    sheet = assessments.checklist(db, "07354", 2020)
    assert all(row.computed is None and row.basis is None for row in sheet.rows)
    assert assessments.stored_criterion_results(db, "07354", 2020) == before
