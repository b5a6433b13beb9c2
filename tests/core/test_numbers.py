"""The one number reader and the one date reader: what they accept, what they refuse, and that
what the app writes it reads back unchanged."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ntm_desktop.common.dates import parse_date
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.money import million_to_dong
from ntm_desktop.common.numbers import LIMIT, MAX_DECIMALS, parse_decimal, parse_whole
from ntm_desktop.common.text import format_date, format_number
from ntm_desktop.criteria import indicator_values
from ntm_desktop.village_plans import village_plans

BIGGEST = int(LIMIT) - 1


@given(st.integers(min_value=-BIGGEST, max_value=BIGGEST))
def test_whole_numbers_read_back_as_written(number):
    assert parse_whole(format_number(number), "x", negative=True) == number
    assert parse_decimal(format_number(number), "x", negative=True) == number


@given(
    st.integers(min_value=0, max_value=MAX_DECIMALS).flatmap(
        lambda places: st.tuples(
            st.just(places),
            st.decimals(min_value=-BIGGEST, max_value=BIGGEST, places=places, allow_nan=False),
        )
    )
)
def test_decimals_read_back_as_written(case):
    places, number = case
    assert parse_decimal(format_number(number, places), "x", negative=True) == number


@given(st.floats(min_value=-1e14, max_value=1e14, allow_nan=False))
def test_a_sheets_float_is_taken_through_its_shortest_text(number):
    assert parse_decimal(number, "x", negative=True) == Decimal(repr(number))


@given(st.integers(min_value=0, max_value=10**9 - 1), st.integers(min_value=0, max_value=999_999))
def test_money_in_million_reads_back_to_the_dong(million, dong):
    amount = Decimal(million) + Decimal(dong) / 1_000_000
    assert million_to_dong(format_number(amount, 6), "x") == million * 1_000_000 + dong


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1.250", 1250),  # thousands, as officials write it: never 1,25
        ("1250", 1250),
        ("1.274.790", 1274790),
        ("1.274.790,5", Decimal("1274790.5")),
        ("16,3", Decimal("16.3")),
        ("0,000001", Decimal("0.000001")),
        ("0,00001", Decimal("0.00001")),
        (" 1 274 790 ", 1274790),
        ("1\u00a0274\u00a0790", 1274790),  # no-break spaces, as Excel copies them
        ("1\u202f274", 1274),
        ("007", 7),
        ("999.999.999.999.999", 999_999_999_999_999),
        (7, 7),
        (16.3, Decimal("16.3")),
        (Decimal("2.5"), Decimal("2.5")),
    ],
)
def test_accepted_forms(text, number):
    assert parse_decimal(text, "x") == number


def test_negatives_and_percent_signs_only_where_the_caller_allows_them():
    assert parse_decimal("-2", "x", negative=True) == -2
    assert parse_decimal("80,5 %", "x", percent_sign=True) == Decimal("80.5")
    with pytest.raises(InvalidInput, match="x không được âm"):
        parse_decimal("-2", "x")
    with pytest.raises(InvalidInput, match="không phải là số"):
        parse_decimal("80,5 %", "x")


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (float("nan"), "không phải là số hữu hạn"),
        (float("inf"), "không phải là số hữu hạn"),
        (float("-inf"), "không phải là số hữu hạn"),
        (Decimal("NaN"), "không phải là số hữu hạn"),
        (Decimal("sNaN"), "không phải là số hữu hạn"),
        (Decimal("Infinity"), "không phải là số hữu hạn"),
        (1e308, "quá lớn"),
        (10**15, "quá lớn"),
        ("1.000.000.000.000.000", "quá lớn"),
        ("9.223.372.036.854.775.808", "quá lớn"),  # 2^63: past SQLite's integers
        ("1" * 5000, "quá lớn"),
        ("1e308", "không phải là số"),
        ("1E5", "không phải là số"),
        ("nan", "không phải là số"),
        ("inf", "không phải là số"),
        ("mười", "không phải là số"),
        ("12a", "không phải là số"),
        ("+5", "không phải là số"),
        ("5-", "không phải là số"),
        ("--5", "không phải là số"),
        ("1,274,790", "không phải là số"),
        (",5", "không phải là số"),
        ("5,", "không phải là số"),
        ("1..250", "không phải là số"),
        (True, "(TRUE), không phải là số"),
        (False, "(FALSE), không phải là số"),
        ("", "chưa nhập số"),
        ("   ", "chưa nhập số"),
        (None, "không phải là số"),
        (date(2020, 1, 1), "không phải là số"),
        ("1.25", "dấu chấm chỉ dùng để tách hàng nghìn"),
        ("16.3", "Phần thập phân ghi sau dấu phẩy"),
        ("1.2345", "dấu chấm chỉ dùng để tách hàng nghìn"),
        ("12.34.567", "dấu chấm chỉ dùng để tách hàng nghìn"),
        ("1.250.5", "dấu chấm chỉ dùng để tách hàng nghìn"),
        ("0,1234567891", "quá nhiều chữ số thập phân"),
    ],
)
def test_refusals_are_invalid_input_naming_the_field(value, reason):
    with pytest.raises(InvalidInput, match=r"^Số tiền") as caught:
        parse_decimal(value, "Số tiền", negative=True)
    assert reason in caught.value.message
    assert len(caught.value.message) < 400  # a 5000-digit entry is not echoed whole


@given(st.integers(min_value=0, max_value=999), st.sampled_from([1, 2, 4, 5]))
def test_a_dot_before_a_group_not_of_three_is_refused(whole, digits):
    with pytest.raises(InvalidInput, match="dấu phẩy"):
        parse_decimal(f"{whole}.{'5' * digits}", "x")


@given(st.text(max_size=40))
def test_any_text_is_a_number_or_invalid_input_never_a_crash(text):
    try:
        number = parse_decimal(text, "x", negative=True, percent_sign=True)
    except InvalidInput:
        return
    assert number.is_finite() and abs(number) < LIMIT


def test_whole_numbers_refuse_fractions():
    assert parse_whole("1.250", "x") == 1250
    assert parse_whole(4.0, "x") == 4
    with pytest.raises(InvalidInput, match="phải là số nguyên"):
        parse_whole("12,5", "x")


@pytest.mark.parametrize(
    "parse",
    [
        lambda text: million_to_dong(text, "Ngân sách"),
        lambda text: village_plans.parse_dong(text, "Ngân sách"),
        lambda text: parse_whole(text, "Ngân sách"),
        lambda text: indicator_values.parse_number(text, "Ngân sách"),
    ],
)
def test_money_past_sqlites_integers_is_invalid_input(parse):
    for text in ("9.223.372.036.854.775.808", "99999999999999999999999", 2**63, 1e19):
        with pytest.raises(InvalidInput):
            parse(text)


def test_every_caller_reads_1250_the_same_way():
    """The disagreement this reader ended: "1.250" was 1.25 or an error in some readers."""
    assert million_to_dong("1.250", "x") == 1_250_000_000
    assert village_plans.parse_dong("1.250") == 1250
    assert village_plans.parse_quantity("1.250", "x") == 1250.0
    assert indicator_values.parse_number("1.250") == 1250
    for parse in (
        lambda: million_to_dong("1.25", "x"),
        lambda: village_plans.parse_quantity("12.5", "x"),
        lambda: indicator_values.parse_number("16.3"),
    ):
        with pytest.raises(InvalidInput, match="dấu phẩy"):
            parse()


# -- dates -------------------------------------------------------------------------------------
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)))
def test_dates_read_back_as_written(day):
    assert parse_date(format_date(day)) == day
    assert parse_date(day.isoformat()) == day


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("05/01/2026", date(2026, 1, 5)),
        ("5/1/2026", date(2026, 1, 5)),
        (" 05/01/2026 ", date(2026, 1, 5)),
        ("2026-01-05", date(2026, 1, 5)),
        (date(2026, 1, 5), date(2026, 1, 5)),
        (datetime(2026, 1, 5, 8, 30), date(2026, 1, 5)),
    ],
)
def test_accepted_dates(value, day):
    assert parse_date(value) == day


@pytest.mark.parametrize(
    "value",
    [
        "31/02/2025",
        "05-01-2026",
        "2026-1-5",
        "20260105",
        "2026-W01-1",
        "05/01/26",
        "05/01/99999",
        "1899-12-31",
        datetime(1899, 12, 30),
        "",
        None,
        20260105,
        True,
        "x" * 5000,
    ],
)
def test_refused_dates(value):
    with pytest.raises(InvalidInput, match=r"^Ngày nhận") as caught:
        parse_date(value, "Ngày nhận")
    assert "dd/mm/yyyy" in caught.value.message and len(caught.value.message) < 300
