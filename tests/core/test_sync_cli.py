"""`ntm conflicts resolve` and `ntm bundle export -o` on the command line: a resolution is read
and checked as the ordinary edit of the field, a bundle written into a chosen folder; refusals
exit 3 in Vietnamese and leave the data file as it was."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from ntm_desktop.checklist import assessments
from ntm_desktop.cli import main
from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.sync import conflicts, tables, writer
from ntm_desktop.targets import targets
from ntm_desktop.units import units
from tests.conftest import file_digest
from tests.core.sync_net import (  # noqa: F401 (network is the `net` fixture)
    COMMUNE_A,
    PROVINCE,
    imp,
    indicator_conflict_at_the_province,
    network,
)

VILLAGE_A = f"{COMMUNE_A}.001"


def _run(capsys, db_path, *args):
    capsys.readouterr()
    code = main(["--db", str(db_path), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _indicator_conflict(net):
    """Two laptops of one commune record 80 and 95 % for indicator 2.1; the first laptop sees
    the conflict once the province has relayed the other's value."""
    a1 = indicator_conflict_at_the_province(net)
    for part in net.export(net.province, to=COMMUNE_A):
        imp(a1, part)
    [found] = conflicts.list_conflicts(a1)
    assert sorted(head["value"] for head in found.heads) == [80, 95]
    return a1, found


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("abc", "không phải là số"),
        ('"abc"', "không phải là số"),
        ("[1,2]", "không phải là số"),
        ("120", "từ 0 đến 100"),
    ],
    ids=["text", "json-text", "json-list", "over-100"],
)
def test_a_resolution_is_checked_as_the_indicator_edit(net, capsys, value, message):
    a1, found = _indicator_conflict(net)
    before = file_digest(a1.path)
    # The ordinary edit refuses it the same way.
    code, _, edit_err = _run(
        capsys, a1.path, "checklist", "set", "--unit", COMMUNE_A, "--year", "2020",
        "--indicator", "2.1", "--value", value,
    )  # fmt: skip
    assert code == 3 and message in edit_err
    code, out, err = _run(capsys, a1.path, "conflicts", "resolve", found.id, "--value", value)
    assert code == 3, out + err
    assert err.startswith("Lỗi: ") and message in err and "Traceback" not in err
    assert file_digest(a1.path) == before
    assert [c.id for c in conflicts.list_conflicts(a1)] == [found.id]


def test_a_vietnamese_decimal_resolves_the_indicator_and_travels(net, capsys):
    a1, found = _indicator_conflict(net)
    code, out, _ = _run(capsys, a1.path, "conflicts", "resolve", found.id, "--value", "80,5")
    assert code == 0 and "'80,5'" in out
    assert conflicts.list_conflicts(a1) == []
    assert assessments.checklist(a1, COMMUNE_A, 2020).row("2.1").value == 80.5
    imp(net.province, net.export(a1)[0])
    assert conflicts.list_conflicts(net.province) == []
    assert assessments.checklist(net.province, COMMUNE_A, 2020).row("2.1").value == 80.5


def test_choosing_a_shown_value_keeps_that_value(net):
    """The exchange dialog offers the values as shown ("95"); choosing one stores it as is."""
    a1, found = _indicator_conflict(net)
    resolved = conflicts.resolve(a1, found.id, "95")
    assert resolved.chosen == 95
    assert assessments.checklist(a1, COMMUNE_A, 2020).row("2.1").value == 95


def test_a_target_resolution_follows_the_target_rules(net, capsys):
    """Province laptops both set a target: the resolution takes what 'ntm targets' takes."""
    p2 = net.replica("tinh2", PROVINCE, cert="tinh")
    imp(net.province, net.export(p2, full=True)[0])
    targets.set_targets(net.province, PROVINCE, 2020, {"standard": "10"})
    targets.set_targets(p2, PROVINCE, 2020, {"standard": "12"})
    imp(net.province, net.export(p2, full=True)[0])
    [found] = conflicts.list_conflicts(net.province)
    before = file_digest(net.province.path)
    for bad, message in (("12,5", "số nguyên"), ("-1", "không được âm"), ("[1]", "không phải")):
        args = ("conflicts", "resolve", found.id, "--value", bad)
        code, _, err = _run(capsys, net.province.path, *args)
        assert code == 3 and message in err, err
    assert file_digest(net.province.path) == before
    code, _, _ = _run(capsys, net.province.path, "conflicts", "resolve", found.id, "--value", "11")
    assert code == 0
    assert targets.get(net.province, PROVINCE, 2020).get("standard") == 11


def test_a_name_resolution_may_not_be_blank(net, capsys):
    a1 = net.replica("a1", COMMUNE_A)
    a2 = net.replica("a2", COMMUNE_A, cert="a1")
    imp(a1, net.export(a2)[0])
    units.rename(a1, VILLAGE_A, "Thôn Một")
    units.rename(a2, VILLAGE_A, "Thôn Hai")
    imp(a1, net.export(a2)[0])
    [found] = conflicts.list_conflicts(a1)
    before = file_digest(a1.path)
    code, _, err = _run(capsys, a1.path, "conflicts", "resolve", found.id, "--value", "  ")
    assert code == 3 and "không được để trống" in err
    assert file_digest(a1.path) == before
    code, _, _ = _run(capsys, a1.path, "conflicts", "resolve", found.id, "--value", " Thôn Ba ")
    assert code == 0 and units.get(a1, VILLAGE_A).name == "Thôn Ba"


def test_fields_without_a_reader_of_their_own_keep_their_kind(db):
    row = {"id": "x", "stage": "district"}
    recognitions = tables.get("recognitions")
    plans = tables.get("village_plans")
    items = tables.get("village_plan_items")
    funding = tables.get("funding_years")
    assert recognitions and plans and items and funding
    dates = ["2020-12-01", "2020-12-05"]
    parse = conflicts.parse_choice
    assert parse(db, recognitions, "decision_date", row, "03/12/2020", dates) == "2020-12-03"
    with pytest.raises(InvalidInput, match="không phải ngày hợp lệ"):
        parse(db, recognitions, "decision_date", row, "31/02/2020", dates)
    assert parse(db, funding, "commune_dong", row, "1.500.000", [1, 2]) == 1_500_000
    with pytest.raises(InvalidInput, match="số nguyên"):
        parse(db, funding, "commune_dong", row, "1,5", [1, 2])
    for bad in ("[1,2]", '{"a": 1}', "abc"):
        with pytest.raises(InvalidInput):
            parse(db, funding, "commune_dong", row, bad, [1, 2])
    assert parse(db, items, "residents_cash", row, "30.000.000", [1, 2]) == 30_000_000
    assert parse(db, items, "land_m2", row, "12,5", [1.0, 2.0]) == 12.5
    with pytest.raises(InvalidInput, match="Trạng thái"):
        parse(db, plans, "status", row, "done", ["approved", "in_progress"])
    assert parse(db, funding, "deleted", row, "có", [0, 1]) == 1
    # What names the row is chosen among the values in conflict, never typed anew.
    assert parse(db, funding, "year", row, "2020", [2020, 2021]) == 2020
    with pytest.raises(InvalidInput, match="một trong các giá trị"):
        parse(db, funding, "unit_code", row, "99999", ["07354", "07360"])


# -- bundle export -o ------------------------------------------------------------------------
def test_export_into_an_existing_folder_writes_inside_it(net, capsys):
    a1 = net.replica("a1", COMMUNE_A)
    usb = net.tmp / "usb"
    usb.mkdir()
    code, out, _ = _run(capsys, a1.path, "bundle", "export", "-o", str(usb))
    assert code == 0 and "an toàn để rút USB" in out
    [written] = usb.iterdir()
    assert written.name.startswith(f"ntm-{COMMUNE_A}-") and written.suffix == ".vnsb"
    assert str(written) in out
    assert not (net.tmp / "usb.vnsb").exists()
    assert imp(net.province, written).status != "refused"
    # Another export in the same minute never overwrites the first.
    units.rename(a1, VILLAGE_A, "Thôn Mới")
    when = datetime(2026, 1, 5, 14, 30)
    first = writer.export(a1, usb, now=when)
    second = writer.export(a1, usb, now=when)
    assert first[0].path.name == f"ntm-{COMMUNE_A}-20260105-1430.vnsb"
    assert second[0].path.name == f"ntm-{COMMUNE_A}-20260105-1430-2.vnsb"
    assert first[0].path.exists() and second[0].path.exists()


def test_a_drive_root_is_a_folder_not_an_empty_file_name(tmp_path):
    when = datetime(2026, 1, 5, 14, 30)
    name = writer.default_name("07354", when)
    assert name == "ntm-07354-20260105-1430.vnsb"
    assert writer._free_name(Path("/"), name, 1) == Path("/") / name
    assert writer._part_paths(writer._free_name(tmp_path, name, 2), 2) == [
        tmp_path / "ntm-07354-20260105-1430_p1.vnsb",
        tmp_path / "ntm-07354-20260105-1430_p2.vnsb",
    ]
    (tmp_path / "ntm-07354-20260105-1430_p2.vnsb").write_bytes(b"")
    assert writer._free_name(tmp_path, name, 2).name == "ntm-07354-20260105-1430-2.vnsb"
    # A drive root that is not there (E:\ with no stick) is refused in words, not ValueError.
    with pytest.raises(InvalidInput, match="Kiểm tra USB"):
        writer._part_paths(Path("/"), 1)


def test_export_onto_a_folder_named_like_the_bundle_changes_nothing(net, capsys):
    a1 = net.replica("a1", COMMUNE_A)
    (net.tmp / "out" / "x.vnsb").mkdir(parents=True)
    before = file_digest(a1.path)
    code, _, err = _run(capsys, a1.path, "bundle", "export", "-o", str(net.tmp / "out" / "x"))
    assert code == 3 and "thư mục" in err
    assert file_digest(a1.path) == before
