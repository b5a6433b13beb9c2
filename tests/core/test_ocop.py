from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from ntm_desktop.checklist import assessments
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.ocop import ocop, ocop_import
from ntm_desktop.storage import changes
from ntm_desktop.units import units
from tests.conftest import file_digest, refused

KINDS = ["cooperative"] * 49 + ["enterprise"] * 4 + ["household"] * 3


def enter_bac_giang_2020(db):
    """Per-product data consistent with the 2020 report (seed 000, section II.3): 95 products
    rated 3 stars or more by the end of 2020 (46 by 2019, 49 in 2020), 24 four-star and 71
    three-star, from 56 producers, most of them cooperatives."""
    communes = [u for u in units.subtree(db, "24") if u.level == "commune" and u.kind == "xã"]
    products = []
    with db.transaction():
        for number, kind in enumerate(KINDS):
            producer = ocop.add_producer(
                db, f"Chủ thể {number + 1:02d}", kind, communes[number * 3].code
            )
            # 39 producers with two products, 17 with one: 95 products.
            for second in range(2 if number < 39 else 1):
                products.append(
                    ocop.add_product(db, f"Sản phẩm {number + 1:02d}.{second}", producer.id)
                )
        for index, product in enumerate(products):
            if index < 46:
                ocop.rate(db, product.id, 3, f"{900 + index}/QĐ-UBND", date(2019, 12, 20))
                if index < 10:  # re-rated in 2020
                    ocop.rate(db, product.id, 4, f"{1500 + index}/QĐ-UBND", date(2020, 12, 15))
            else:
                stars = 4 if index < 60 else 3
                ocop.rate(db, product.id, stars, f"{1400 + index}/QĐ-UBND", date(2020, 12, 15))
    return products


def test_counts_of_the_2020_report(db):
    products = enter_bac_giang_2020(db)
    counts = ocop.counts(db, 2020)
    assert counts.total == 95
    assert counts.by_star == {3: 71, 4: 24, 5: 0}
    assert counts.star_shares() == {3: Decimal("74.7"), 4: Decimal("25.3"), 5: Decimal("0.0")}
    assert counts.rated_in_year == 49
    assert counts.producers == 56
    assert counts.producers_by_kind == {"cooperative": 49, "enterprise": 4, "household": 3}
    # The report says 56 producers "87,7 % HTX, 7 % DN, 5,3 % hộ": those shares are of 57
    # (50/4/3). With the 56 it names, 49 cooperatives are 87,5 %.
    assert counts.producer_shares() == {
        "cooperative": Decimal("87.5"),
        "enterprise": Decimal("7.1"),
        "household": Decimal("5.4"),
    }
    assert sum(sum(by.values()) for by in counts.by_district.values()) == 95
    assert set(counts.by_district) <= {u.code for u in units.children(db, "24")}
    last_year = ocop.counts(db, 2019)
    assert (last_year.total, last_year.by_star[3], last_year.rated_in_year) == (46, 46, 46)
    # Re-rating is a new row: the 2019 rating stays in the history.
    history = ocop.history(db, products[0].id)
    assert [(r.stars, r.decided_on) for r in history] == [
        (3, date(2019, 12, 20)),
        (4, date(2020, 12, 15)),
    ]


def test_counts_under_a_district(db):
    enter_bac_giang_2020(db)
    whole = ocop.counts(db, 2020)
    district, by_star = next(iter(whole.by_district.items()))
    assert ocop.counts(db, 2020, under=district).by_star == by_star


def test_a_rating_of_six_stars_is_refused_and_nothing_changes(db, db_path):
    producer = ocop.add_producer(db, "HTX Thân Trường", "HTX", "07354")
    product = ocop.add_product(db, "Chè xanh Bản ven", producer.id)
    before = file_digest(db_path)
    for bad in (6, 2, "4,5", "", "bốn"):
        with pytest.raises(InvalidInput, match="3, 4 hoặc 5 sao"):
            ocop.rate(db, product.id, bad, "1/QĐ-UBND", date(2020, 5, 1))
    with pytest.raises(InvalidInput, match="quyết định"):
        ocop.rate(db, product.id, 4, " ", date(2020, 5, 1))
    with pytest.raises(InvalidInput, match="Loại chủ thể"):
        ocop.add_producer(db, "X", "tổ hợp tác", "07354")
    with pytest.raises(InvalidInput, match="không phải đơn vị cấp xã"):
        ocop.add_producer(db, "X", "HTX", "216")
    assert file_digest(db_path) == before
    assert ocop.history(db, product.id) == []


def test_producers_and_products_are_owned_by_their_commune(db):
    producer = ocop.add_producer(db, "HTX Thân Trường", "HTX", "07354")
    product = ocop.add_product(db, "Chè xanh Bản ven", producer.id)
    ocop.rate(db, product.id, 3, "12/QĐ-UBND", date(2019, 6, 1))
    assert {c.owner_code for c in changes.history(db, table="ocop_products")} == {"07354"}
    assert {c.owner_code for c in changes.history(db, table="ocop_ratings")} == {"24"}
    assert ocop.add_producer(db, "htx thân trường", "HTX", "07354").id == producer.id


def _sheet(path, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["# Sản phẩm OCOP được công nhận, tỉnh Bắc Giang"])
    sheet.append(list(ocop_import.SHEET_COLUMNS))
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_a_sheet_twice_changes_nothing(db, db_path, tmp_path):
    path = _sheet(
        tmp_path / "ocop.xlsx",
        [
            [
                "Chè xanh Bản ven",
                "HTX Thân Trường",
                "HTX",
                "07354",
                4,
                "975/QĐ-UBND",
                datetime(2020, 12, 15),
            ],
            [
                "Trà hoa vàng",
                "HTX SX cây dược liệu Lựu Chanh",
                "HTX",
                "Xã Việt Lập",
                3,
                "976/QĐ-UBND",
                "15/12/2020",
            ],
            [
                "Giấm hoa quả",
                "Công ty TNHH TM Ngân Giang",
                "Doanh nghiệp",
                "07342",
                3,
                "976/QĐ-UBND",
                "15/12/2020",
            ],
        ],
    )
    report = ocop_import.import_sheet(db, path, 2020)
    assert (report.new, report.changed, report.unchanged) == (3, 0, 0)
    counts = ocop.counts(db, 2020)
    assert counts.by_star == {3: 2, 4: 1, 5: 0}
    assert counts.producers_by_kind == {"cooperative": 2, "enterprise": 1, "household": 0}
    before = file_digest(db_path)
    again = ocop_import.import_sheet(db, path, 2020)
    assert (again.new, again.changed, again.unchanged) == (0, 0, 3)
    assert file_digest(db_path) == before


def test_a_bad_ocop_sheet_names_each_cell_and_imports_nothing(db, db_path, tmp_path):
    path = _sheet(
        tmp_path / "bad.xlsx",
        [
            ["Chè xanh", "HTX Thân Trường", "HTX", "07354", 6, "975/QĐ-UBND", "15/12/2020"],
            ["Trà", "HTX Lựu Chanh", "tổ hợp tác", "Xã Không Có", 3, "976/QĐ-UBND", "32/12/2020"],
            ["Giấm", "Ngân Giang", "DN", "07342", 3, "977/QĐ-UBND", "15/12/2020"],
        ],
    )
    with refused(db_path, match="có 4 lỗi") as caught:
        ocop_import.import_sheet(db, path, 2020)
    details = caught.value.details
    assert details[0].startswith("Dòng 3, cột 'stars': Hạng sao '6' không hợp lệ")
    assert details[1].startswith("Dòng 4, cột 'producer_kind'")
    assert details[2].startswith("Dòng 4, cột 'commune'")
    assert details[3].startswith("Dòng 4, cột 'date'")
    assert ocop.counts(db, 2020).total == 0


def test_an_imported_rating_moves_the_commune_stored_score(db, tmp_path):
    assessments.set_indicator(db, "07354", 2022, "13.x1", met="yes")
    path = _sheet(
        tmp_path / "ocop.xlsx",
        [["Chè xanh Bản ven", "HTX Thân Trường", "HTX", "07354", 3, "975/QĐ-UBND", "15/03/2022"]],
    )
    ocop_import.import_sheet(db, path, 2022, dry_run=True)
    assert assessments.stored_criterion_results(db, "07354", 2022)[13] is False
    ocop_import.import_sheet(db, path, 2022)
    assert assessments.stored_criterion_results(db, "07354", 2022)[13] is True


def test_a_rating_and_the_results_it_moves_are_written_together(db, db_path, monkeypatch):
    assessments.set_indicator(db, "07354", 2022, "13.x1", met="yes")
    product = ocop.add_product(
        db, "Chè xanh Bản ven", ocop.add_producer(db, "HTX Thân Trường", "HTX", "07354").id
    )
    before = file_digest(db_path)

    def fail(*_):
        raise RuntimeError("disk full")

    monkeypatch.setattr(assessments, "recompute", fail)
    with pytest.raises(RuntimeError):
        ocop.rate(db, product.id, 3, "975/QĐ-UBND", date(2022, 3, 15))
    assert file_digest(db_path) == before
    assert ocop.history(db, product.id) == []
