from datetime import date

from ntm_desktop import ocop, ocop_criterion


def test_ocop_feeds_criterion_13_where_the_catalog_asks(db):
    producer = ocop.add_producer(db, "HTX Thân Trường", "HTX", "07354")
    product = ocop.add_product(db, "Chè xanh Bản ven", producer.id)
    ocop.rate(db, product.id, 3, "975/QĐ-UBND", date(2021, 3, 10))
    (fed,) = ocop_criterion.evidence(db, "xa-ntm-2021-2025", "07354", date(2022, 6, 30))
    assert fed.indicator == "13.x2"
    assert fed.met and [p.product for p in fed.products] == ["Chè xanh Bản ven"]
    # Another commune has no product; an expired certificate no longer counts.
    (other,) = ocop_criterion.evidence(db, "xa-ntm-2021-2025", "07342", date(2022, 6, 30))
    assert not other.met
    (expired,) = ocop_criterion.evidence(db, "xa-ntm-2021-2025", "07354", date(2024, 3, 11))
    assert not expired.met
    (still,) = ocop_criterion.evidence(db, "xa-ntm-2021-2025", "07354", date(2024, 3, 10))
    assert still.met
    # The 2016-2020 set asks nothing of OCOP.
    assert ocop_criterion.evidence(db, "xa-ntm-2016-2020", "07354", date(2020, 12, 31)) == []


def test_validity_window_counts_whole_months():
    assert ocop_criterion.valid_since(date(2024, 3, 10)) == date(2021, 3, 10)
    assert ocop_criterion.valid_since(date(2024, 2, 29)) == date(2021, 2, 28)
    assert ocop_criterion.valid_since(date(2023, 1, 31)) == date(2020, 1, 31)
