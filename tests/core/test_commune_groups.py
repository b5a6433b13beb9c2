"""Commune groups (nhóm 1, 2, 3): set by the province, dated, tracked, travelling to communes;
never for wards; imported from the province's sheet with per-cell errors."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from ntm_desktop.checklist import assessments, standing
from ntm_desktop.cli import main
from ntm_desktop.common.errors import InvalidInput, OutOfScope
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import Database, changes
from ntm_desktop.units import groups, groups_import, units
from tests.conftest import file_digest, refused
from tests.core.sync_net import Net, imp, resigned
from tests.core.test_group_targets import import_filled_set

PROVINCE = "24"
XUAN_LUONG = "07246"  # Xã Xuân Lương, Bắc Ninh (tree without districts)
TAM_TIEN = "07264"  # Xã Tam Tiến
WARD = "07210"  # Phường Bắc Giang


@pytest.fixture(name="ninh_path")
def ninh_path_fixture(tmp_path: Path, bac_ninh_template: Path) -> Path:
    path = tmp_path / "ntm.db"
    shutil.copyfile(bac_ninh_template, path)
    return path


@pytest.fixture(name="ninh")
def ninh_fixture(ninh_path: Path):
    db = open_data_file(ninh_path)
    db.set_user("Nguyễn Thị Hằng")
    yield db
    db.close()


@pytest.fixture(name="ninh_net")
def ninh_net_fixture(tmp_path: Path, bac_ninh_template: Path):
    net = Net(tmp_path, bac_ninh_template)
    yield net
    net.close()


# -- the core ----------------------------------------------------------------------------------
def test_a_group_runs_from_its_date_to_the_day_before_the_next(ninh):
    assert groups.group_on(ninh, XUAN_LUONG, date(2026, 3, 1)) is None
    changed = groups.set_group(ninh, XUAN_LUONG, 2, date(2026, 2, 15), " QĐ 12/QĐ-UBND ")
    assert changed == {"group_no": (None, 2), "note": (None, "QĐ 12/QĐ-UBND"), "deleted": (None, 0)}
    groups.set_group(ninh, XUAN_LUONG, "Nhóm 1", "01/01/2028")

    assert groups.group_on(ninh, XUAN_LUONG, date(2026, 2, 14)) is None
    assert groups.group_on(ninh, XUAN_LUONG, date(2026, 2, 15)) == 2
    assert groups.group_on(ninh, XUAN_LUONG, date(2027, 12, 31)) == 2
    assert groups.group_on(ninh, XUAN_LUONG, date(2028, 1, 1)) == 1
    periods = groups.history(ninh, XUAN_LUONG)
    assert [(p.group, p.valid_from, p.valid_to, p.note) for p in periods] == [
        (2, date(2026, 2, 15), date(2027, 12, 31), "QĐ 12/QĐ-UBND"),
        (1, date(2028, 1, 1), None, ""),
    ]

    # The same date again changes that period, tracked as an edit of it; the same values: nothing.
    assert groups.set_group(ninh, XUAN_LUONG, 3, "15/02/2026", "QĐ 12/QĐ-UBND") == {
        "group_no": (2, 3)
    }
    assert groups.set_group(ninh, XUAN_LUONG, 3, "15/02/2026", "QĐ 12/QĐ-UBND") == {}
    logged = changes.history(ninh, table="commune_groups", field="group_no")
    assert [(c.old_value, c.new_value, c.owner_code, c.user_name) for c in logged] == [
        (None, 2, PROVINCE, "Nguyễn Thị Hằng"),
        (None, 1, PROVINCE, "Nguyễn Thị Hằng"),
        (2, 3, PROVINCE, "Nguyễn Thị Hằng"),
    ]
    period = groups.history(ninh, XUAN_LUONG)[0]
    assert groups.last_change(ninh, period).new_value == 3

    # A period entered by mistake is taken back; the one before runs on.
    groups.remove_group(ninh, XUAN_LUONG, date(2028, 1, 1))
    assert groups.group_on(ninh, XUAN_LUONG, date(2030, 1, 1)) == 3
    assert [p.valid_to for p in groups.history(ninh, XUAN_LUONG)] == [None]
    with pytest.raises(InvalidInput, match="không có nhóm xã nào bắt đầu từ ngày 01/01/2028"):
        groups.remove_group(ninh, XUAN_LUONG, date(2028, 1, 1))
    groups.set_group(ninh, XUAN_LUONG, 1, date(2028, 1, 1))  # and can be set again
    assert groups.group_on(ninh, XUAN_LUONG, date(2030, 1, 1)) == 1


@pytest.mark.parametrize(
    ("unit", "group", "start", "words"),
    [
        (WARD, 1, "15/02/2026", "Phường không đánh giá theo bộ tiêu chí xã nông thôn mới"),
        (PROVINCE, 1, "15/02/2026", "là cấp tỉnh, không phải đơn vị cấp xã: chỉ xã được xếp nhóm"),
        (XUAN_LUONG, 4, "15/02/2026", "Nhóm '4' không hợp lệ: nhóm xã là 1, 2 hoặc 3"),
        (XUAN_LUONG, "hai", "15/02/2026", "Nhóm 'hai' không hợp lệ"),
        (XUAN_LUONG, 2, "31/02/2026", "Ngày bắt đầu '31/02/2026' không phải ngày hợp lệ"),
        (XUAN_LUONG, 2, "01/01/2020", "không có hiệu lực vào ngày 01/01/2020"),
        ("99999", 2, "15/02/2026", "Không có đơn vị hành chính mã 99999"),
    ],
)
def test_what_cannot_be_a_group_changes_nothing(ninh, ninh_path, unit, group, start, words):
    with refused(ninh_path, words):
        groups.set_group(ninh, unit, group, start)


def test_communes_of_the_tree_with_districts_get_no_group(db, db_path):
    with refused(db_path, "thuộc cây đơn vị còn cấp huyện"):
        groups.set_group(db, "07354", 1, date(2020, 1, 1))
    with refused(db_path, "Thị trấn không đánh giá theo bộ tiêu chí xã nông thôn mới"):
        groups.set_group(db, "07288", 1, date(2020, 1, 1))  # Thị trấn Phồn Xương


def test_only_the_province_office_sets_groups(ninh, ninh_path):
    ninh.set_office(XUAN_LUONG)
    assert "Nhóm xã do tỉnh quyết định" in groups.refusal(ninh)
    before = file_digest(ninh_path)
    with pytest.raises(OutOfScope, match="Nhóm xã do tỉnh quyết định"):
        groups.set_group(ninh, XUAN_LUONG, 1, date(2026, 2, 15))
    assert file_digest(ninh_path) == before
    ninh.set_office(PROVINCE)
    assert groups.refusal(ninh) is None
    groups.set_group(ninh, XUAN_LUONG, 1, date(2026, 2, 15))


def test_the_province_list_has_every_rural_commune_and_no_ward(ninh):
    groups.set_group(ninh, TAM_TIEN, 3, date(2026, 2, 15))
    found = groups.groups_for_province(ninh, PROVINCE, date(2026, 6, 1))
    assert len(found) == 66  # the xã of Bắc Ninh 2025; its 33 phường have no group
    assert all(item.unit.kind == "xã" for item in found)
    by_code = {item.unit.code: item.period for item in found}
    assert by_code[TAM_TIEN].group == 3 and by_code[XUAN_LUONG] is None
    before = groups.groups_for_province(ninh, PROVINCE, date(2026, 2, 14))
    assert {item.unit.code: item.period for item in before}[TAM_TIEN] is None


def test_a_ward_has_no_commune_checklist(ninh):
    with pytest.raises(
        InvalidInput, match="Phường không thuộc đối tượng đánh giá xã nông thôn mới"
    ):
        assessments.checklist(ninh, WARD, 2025)
    with pytest.raises(InvalidInput, match="Phường không thuộc đối tượng"):
        assessments.set_indicator(ninh, WARD, 2025, "2.1", value="90")
    with pytest.raises(InvalidInput, match="Phường không thuộc đối tượng"):
        assessments.choose(ninh, WARD, 2025, tier="standard")
    assert assessments.checklist(ninh, XUAN_LUONG, 2025).unit.code == XUAN_LUONG


# -- the command line --------------------------------------------------------------------------
def run(capsys, path: Path, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--db", str(path), *args])
    except SystemExit as usage:  # argparse's own refusal of a command line
        code = int(usage.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_sets_and_lists_groups(ninh_path, capsys):
    code, out, _ = run(capsys, ninh_path, "units", "group", "--unit", XUAN_LUONG, "--group", "2",
                       "--from", "2026-02-15", "--note", "QĐ 12/QĐ-UBND")  # fmt: skip
    assert code == 0
    assert out == "Đã ghi: Xã Xuân Lương (07246) ở nhóm 2 từ 15/02/2026.\n"
    code, out, _ = run(capsys, ninh_path, "units", "group", "--unit", XUAN_LUONG, "--group", "2",
                       "--from", "15/02/2026", "--note", "QĐ 12/QĐ-UBND")  # fmt: skip
    assert out == "Xã Xuân Lương (07246) ở nhóm 2 từ 15/02/2026: không có gì thay đổi.\n"
    run(capsys, ninh_path, "units", "group", "--unit", XUAN_LUONG, "--group", "1", "--from",
        "01/01/2028")  # fmt: skip

    code, out, _ = run(capsys, ninh_path, "units", "groups", "--unit", XUAN_LUONG)
    assert out.splitlines() == [
        "code,name,group,valid_from,valid_to,note",
        "07246,Xã Xuân Lương,2,2026-02-15,2027-12-31,QĐ 12/QĐ-UBND",
        "07246,Xã Xuân Lương,1,2028-01-01,,",
    ]
    code, out, _ = run(capsys, ninh_path, "units", "groups", "--on", "01/03/2026", "--format",
                       "json")  # fmt: skip
    listed = json.loads(out)
    assert len(listed) == 66
    assert listed[0] == {
        "code": XUAN_LUONG,
        "name": "Xã Xuân Lương",
        "group": 2,
        "valid_from": "2026-02-15",
        "valid_to": "2027-12-31",
        "note": "QĐ 12/QĐ-UBND",
    }
    code, out, _ = run(capsys, ninh_path, "units", "group", "--unit", XUAN_LUONG, "--from",
                       "01/01/2028", "--remove")  # fmt: skip
    assert (code, out) == (0, "Đã bỏ mốc nhóm từ 01/01/2028 của Xã Xuân Lương (07246).\n")


@pytest.mark.parametrize(
    ("args", "exit_code", "words"),
    [
        (["--unit", WARD, "--group", "1", "--from", "15/02/2026"], 3, "Phường không đánh giá"),
        (["--unit", XUAN_LUONG, "--group", "5", "--from", "15/02/2026"], 3, "1, 2 hoặc 3"),
        (["--unit", XUAN_LUONG, "--from", "15/02/2026"], 3, "Hãy ghi nhóm của xã"),
        (["--unit", XUAN_LUONG, "--group", "1"], 2, "--from"),
    ],
)
def test_the_command_line_refuses_what_cannot_be_a_group(ninh_path, capsys, args, exit_code, words):
    before = file_digest(ninh_path)
    code, _, err = run(capsys, ninh_path, "units", "group", *args)
    assert code == exit_code and words in err
    assert file_digest(ninh_path) == before


def test_a_commune_office_is_refused_with_exit_code_4(ninh, ninh_path, capsys):
    ninh.set_office(XUAN_LUONG)
    ninh.close()
    code, _, err = run(capsys, ninh_path, "units", "group", "--unit", XUAN_LUONG, "--group", "1",
                       "--from", "15/02/2026")  # fmt: skip
    assert code == 4 and "Nhóm xã do tỉnh quyết định" in err


# -- sync --------------------------------------------------------------------------------------
def test_the_province_sets_a_group_and_the_commune_receives_it(ninh_net):
    commune = ninh_net.replica("xa", XUAN_LUONG)
    groups.set_group(ninh_net.province, XUAN_LUONG, 2, date(2026, 2, 15), "QĐ 12/QĐ-UBND")
    for part in ninh_net.export(ninh_net.province, to=XUAN_LUONG):
        assert imp(commune, part).status in ("applied", "duplicate")
    assert groups.group_on(commune, XUAN_LUONG, date(2026, 3, 1)) == 2
    assert groups.history(commune, XUAN_LUONG)[0].note == "QĐ 12/QĐ-UBND"
    # The commune's own laptop refuses to change it: the write scope of its certificate.
    with pytest.raises(OutOfScope):
        groups.set_group(commune, XUAN_LUONG, 1, date(2026, 2, 15))
    # Past the service's own check, the certificate's write scope refuses the tracked write.
    with pytest.raises(OutOfScope, match="không được sửa trường 'group_no'"):
        changes.update_tracked(
            commune,
            "commune_groups",
            groups.group_id(XUAN_LUONG, "2026-02-15"),
            {"group_no": 1},
            owner=PROVINCE,
        )


def test_a_group_arriving_by_bundle_rescores_the_commune(ninh_net, tmp_path, capsys):
    """The commune typed 75 % under the 2026-2030 set while it had no group (nothing checked);
    the province's bundle brings group 3 (target 70 %): its stored score follows at once."""
    commune = ninh_net.replica("xa", XUAN_LUONG)
    import_filled_set(ninh_net.province.path, tmp_path / "bo-2026.xlsx")
    for part in ninh_net.export(ninh_net.province, to=XUAN_LUONG):
        imp(commune, part)
    assessments.set_indicator(commune, XUAN_LUONG, 2026, "1.1", value="75")
    assert standing.stored_scores(commune, [XUAN_LUONG], 2026) == {XUAN_LUONG: (0, 10)}
    groups.set_group(ninh_net.province, XUAN_LUONG, 3, date(2026, 2, 15))
    for part in ninh_net.export(ninh_net.province, to=XUAN_LUONG):
        assert imp(commune, part).status in ("applied", "duplicate")
    assert standing.stored_scores(commune, [XUAN_LUONG], 2026) == {XUAN_LUONG: (1, 10)}
    assert assessments.checklist(commune, XUAN_LUONG, 2026).score == (1, 10)


def _forged_group(net: Net, commune: Database, unit: str, owner: str) -> Path:
    """The commune's real bundle (a village it adds) with a group row for `unit` added, signed
    with the commune's own key."""
    units.add_village(commune, XUAN_LUONG, "Đồng Mới")
    [bundle] = net.export(commune)
    row = groups.group_id(unit, "2026-02-15")

    def add_group(manifest: dict, ops: list[dict]) -> None:
        last = max(op["op"][1] for op in ops)
        template = ops[-1]
        values = {"unit_code": unit, "valid_from": "2026-02-15", "group_no": 1, "owner_code": owner}
        for step, (field, value) in enumerate(values.items(), start=1):
            ops.append(
                {
                    **template,
                    "op": [template["op"][0], last + step],
                    "table": "commune_groups",
                    "row": row,
                    "field": field,
                    "value": json.dumps(value),
                    "base": None,
                    "bases": [],
                    "owner": owner,
                }
            )

    return resigned(commune, bundle, add_group, "nhom-tu-dat.vnsb")


@pytest.mark.parametrize("owner", [XUAN_LUONG, PROVINCE])
def test_a_commune_bundle_carrying_a_group_is_quarantined(ninh_net, owner):
    commune = ninh_net.replica("xa", XUAN_LUONG)
    forged = _forged_group(ninh_net, commune, XUAN_LUONG, owner)
    before = file_digest(ninh_net.province.path)
    summary = imp(ninh_net.province, forged)
    assert summary.status == "refused", summary
    assert "đơn vị cấp xã 07246 không được sửa trường" in summary.reason
    assert "của bảng 'commune_groups'" in summary.reason
    assert Path(summary.quarantined_as).exists()
    assert file_digest(ninh_net.province.path) == before
    assert groups.group_on(ninh_net.province, XUAN_LUONG, date(2026, 3, 1)) is None


def test_a_province_bundle_with_a_group_for_a_ward_is_refused(ninh_net):
    second = ninh_net.replica("tinh2", PROVINCE, role="province", cert="tinh")
    province = ninh_net.province
    province.write_guard = None  # modified software at the province
    changes.insert_tracked(
        province,
        "commune_groups",
        {
            "id": groups.group_id(WARD, "2026-02-15"),
            "unit_code": WARD,
            "valid_from": "2026-02-15",
            "group_no": 1,
            "owner_code": PROVINCE,
        },
        owner=PROVINCE,
    )
    [bundle] = ninh_net.export(province, full=True)
    summary = imp(second, bundle)
    assert summary.status == "refused"
    assert "Phường không đánh giá theo bộ tiêu chí xã nông thôn mới" in summary.reason


# -- the province's sheet ----------------------------------------------------------------------
def _sheet(path: Path, rows: list[list]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Nhóm xã"
    sheet.append(["DANH SÁCH XÃ THEO NHÓM (kèm Quyết định số 318/QĐ-UBND)"])
    sheet.append([])
    sheet.append(["STT", "Mã xã", "Tên xã", "Nhóm", "Từ ngày", "Ghi chú"])
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
    book.save(path)
    return path


def test_a_province_sheet_sets_every_communes_group(ninh, tmp_path):
    path = _sheet(
        tmp_path / "nhom-xa.xlsx",
        [
            ["07246", "Xã Xuân Lương", 1, date(2026, 2, 15), "QĐ 318/QĐ-UBND"],
            [7264, "Xã Tam Tiến", "Nhóm 3", "15/02/2026", None],
            [None, "Đồng Kỳ", 2, "15/02/2026", None],  # matched by name, kind left out
        ],
    )
    dry = groups_import.import_file(ninh, path, dry_run=True)
    assert (dry.new, dry.changed, dry.unchanged) == (3, 0, 0)
    assert groups.group_on(ninh, XUAN_LUONG, date(2026, 3, 1)) is None

    report = groups_import.import_file(ninh, path)
    assert report.summary() == "Đã nhập nhóm xã: 3 mới, 0 thay đổi, 0 không đổi."
    on = date(2026, 3, 1)
    listed = groups.groups_for_province(ninh, PROVINCE, on)
    found = {item.unit.name: item.period.group for item in listed if item.period}
    assert found == {"Xã Xuân Lương": 1, "Xã Tam Tiến": 3, "Xã Đồng Kỳ": 2}
    assert groups.history(ninh, XUAN_LUONG)[0].note == "QĐ 318/QĐ-UBND"

    again = groups_import.import_file(ninh, path)
    assert (again.new, again.changed, again.unchanged) == (0, 0, 3)


def test_a_sheet_with_bad_cells_imports_nothing_and_names_each(ninh, ninh_path, tmp_path):
    path = _sheet(
        tmp_path / "nhom-sai.xlsx",
        [
            ["07246", "Xã Xuân Lương", 1, "15/02/2026", None],
            [None, "Phường Bắc Giang", 2, "15/02/2026", None],
            ["99999", "Xã Ma", 2, "31/02/2026", None],
            ["07264", "Xã Xuân Lương", 4, None, None],
            ["07246", None, 2, "15/02/2026", None],
        ],
    )
    with refused(ninh_path, "có 7 ô không hợp lệ; chưa nhập nhóm xã nào") as error:
        groups_import.import_file(ninh, path)
    assert error.value.details == [
        "Trang tính 'Nhóm xã', dòng 5, cột C, giá trị 'Phường Bắc Giang': Phường không đánh giá "
        "theo bộ tiêu chí xã nông thôn mới: Phường Bắc Giang (07210) không được xếp nhóm xã",
        "Trang tính 'Nhóm xã', dòng 6, cột B, giá trị '99999': Mã 99999 không có trong danh "
        "sách đơn vị; kiểm tra lại mã hoặc để trống ô mã để đối chiếu theo tên",
        "Trang tính 'Nhóm xã', dòng 6, cột E, giá trị '31/02/2026': Ngày bắt đầu '31/02/2026' "
        "không phải ngày hợp lệ: hãy nhập dạng dd/mm/yyyy, ví dụ 05/01/2026",
        "Trang tính 'Nhóm xã', dòng 7, cột B, giá trị '07264': mã 07264 là Xã Tam Tiến, không "
        "phải 'Xã Xuân Lương'; hãy sửa mã hoặc tên",
        "Trang tính 'Nhóm xã', dòng 7, cột D, giá trị '4': Nhóm '4' không hợp lệ: nhóm xã là 1, "
        "2 hoặc 3",
        "Trang tính 'Nhóm xã', dòng 7, cột E: thiếu ngày bắt đầu của nhóm; ghi ngày dạng "
        "dd/mm/yyyy (hoặc cho ngày chung bằng --from)",
        "Trang tính 'Nhóm xã', dòng 8: Xã Xuân Lương (07246) được ghi hai nhóm khác nhau (1 và "
        "2) cùng từ ngày 15/02/2026; hãy giữ một dòng",
    ]


def test_the_sheet_import_on_the_command_line(ninh_path, tmp_path, capsys):
    path = _sheet(tmp_path / "nhom.xlsx", [["07246", "Xã Xuân Lương", 2, None, None]])
    before = file_digest(ninh_path)
    code, out, _ = run(capsys, ninh_path, "import", "commune-groups", str(path), "--from",
                       "15/02/2026", "--dry-run")  # fmt: skip
    assert (code, out) == (0, "Sẽ nhập nhóm xã: 1 mới, 0 thay đổi, 0 không đổi.\n")
    assert file_digest(ninh_path) == before
    code, out, _ = run(capsys, ninh_path, "import", "commune-groups", str(path), "--from",
                       "15/02/2026")  # fmt: skip
    assert (code, out) == (0, "Đã nhập nhóm xã: 1 mới, 0 thay đổi, 0 không đổi.\n")
    code, _, err = run(capsys, ninh_path, "import", "commune-groups", str(path))
    assert code == 3 and "thiếu ngày bắt đầu của nhóm" in err
    with open_data_file(ninh_path) as db:
        assert groups.group_on(db, XUAN_LUONG, date(2026, 2, 15)) == 2


def test_two_province_laptops_disagreeing_on_a_group_make_a_conflict_people_can_read(ninh_net):
    from ntm_desktop.sync import conflicts

    second = ninh_net.replica("tinh2", PROVINCE, role="province", cert="tinh")
    groups.set_group(ninh_net.province, XUAN_LUONG, 1, date(2026, 2, 15))
    for part in ninh_net.export(ninh_net.province, full=True):
        imp(second, part)
    groups.set_group(ninh_net.province, XUAN_LUONG, 2, date(2026, 2, 15))
    groups.set_group(second, XUAN_LUONG, 3, date(2026, 2, 15))
    for part in ninh_net.export(second, full=True):
        imp(ninh_net.province, part)

    [found] = conflicts.list_conflicts(ninh_net.province)
    assert conflicts.describe(ninh_net.province, found) == (
        "Xã Xuân Lương (07246) · nhóm xã từ 15/02/2026"
    )
    with pytest.raises(InvalidInput, match="nhóm xã là 1, 2 hoặc 3"):
        conflicts.resolve(ninh_net.province, found.id, "5")
    conflicts.resolve(ninh_net.province, found.id, "Nhóm 3")
    assert groups.group_on(ninh_net.province, XUAN_LUONG, date(2026, 3, 1)) == 3
    assert conflicts.list_conflicts(ninh_net.province) == []
