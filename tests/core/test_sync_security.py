"""Corrupted, forged, out-of-scope and malicious bundles are refused whole; nothing changes."""

from __future__ import annotations

import json
import random
import stat
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ntm_desktop.cli import main
from ntm_desktop.sync import canonical, identity, keys
from ntm_desktop.units import units
from tests.conftest import file_digest
from tests.core.sync_net import (
    COMMUNE_A,
    COMMUNE_B,
    DISTRICT,
    Net,
    add_evidence,
    forge,
    imp,
    network,  # noqa: F401
    office_key,
    ops_member,
    read_bundle,
)


def _refused(db, path, *, today=None, contains=""):
    before = file_digest(db.path)
    summary = imp(db, path, today=today)
    assert summary.status == "refused", summary
    assert contains in summary.reason, summary.reason
    assert file_digest(db.path) == before
    assert Path(summary.quarantined_as).exists()
    reason_file = Path(summary.quarantined_as + ".ly-do.txt")
    assert reason_file.read_text(encoding="utf-8").strip() == summary.reason
    return summary


def _small_bundle(net):
    a1 = net.replica("a1", COMMUNE_A)
    units.rename(a1, f"{COMMUNE_A}.001", "Thôn Sửa")
    add_evidence(a1, COMMUNE_A, b"anh hien truong " * 20, "ảnh")
    [bundle] = net.export(a1)
    return a1, bundle


def test_every_bit_flip_and_truncation_is_refused_with_the_data_file_unchanged(net, tmp_path):
    _, bundle = _small_bundle(net)
    data = bundle.read_bytes()
    rng = random.Random(20261125)
    before = file_digest(net.province.path)
    evidence_dir = net.province.path.parent / "evidence"
    mutants = []
    for position in range(len(data)):
        mutant = bytearray(data)
        mutant[position] ^= 1 << rng.randrange(8)
        mutants.append(bytes(mutant))
    mutants += [data[:cut] for cut in range(0, len(data), 97)]
    mutants += [data[:start] + bytes(512) + data[start + 512 :] for start in (0, 700, 1500)]
    target = tmp_path / "mutant.vnsb"
    for mutant in mutants:
        target.write_bytes(mutant)
        summary = imp(net.province, target)
        assert summary.status == "refused", summary
        assert summary.reason
    assert file_digest(net.province.path) == before
    assert not evidence_dir.exists() or not any(p.is_file() for p in evidence_dir.rglob("*"))
    assert imp(net.province, bundle).status == "applied"


def test_a_bundle_under_an_unknown_root_is_refused(net, tmp_path, bac_giang_template):
    other = Net(tmp_path / "other", bac_giang_template)
    try:
        stranger = other.replica("x", COMMUNE_A)
        units.rename(stranger, f"{COMMUNE_A}.001", "Thôn Lạ")
        [bundle] = other.export(stranger)
    finally:
        other.close()
    _refused(net.province, bundle, contains="không do khóa gốc")


def _forged_ops(net, signer_db, ops, **manifest_changes):
    """A bundle carrying `ops`, properly signed by `signer_db`'s office key."""
    [template] = net.export(signer_db, full=True)
    manifest, members = read_bundle(template)
    members = {name: data for name, data in members.items() if not name.startswith("ops/")}
    members["ops/000001.jsonl"] = ops_member(ops)
    manifest.update(manifest_changes)
    return forge(
        template.with_name("forged.vnsb"),
        manifest=manifest,
        members=members,
        private_key=office_key(signer_db),
    )


def _op(device, counter, row, field, value, owner, office, table="units"):
    return {
        "op": [device, counter],
        "hlc": 1 << 40,
        "wall": "2026-11-25T10:00:00",
        "table": table,
        "row": row,
        "field": field,
        "value": json.dumps(value, ensure_ascii=False),
        "old": None,
        "base": None,
        "bases": [],
        "user": "Kẻ giả mạo",
        "office": office,
        "owner": owner,
    }


@pytest.mark.parametrize(
    ("row", "field", "owner", "table", "reason"),
    [
        (f"{COMMUNE_B}.001", "name", COMMUNE_B, "units", "ngoài phạm vi"),
        (COMMUNE_B, "name", "24", "units", "ngoài phạm vi"),
        ("link-1", "kind", COMMUNE_A, "unit_links", "không được sửa trường"),
        (f"{COMMUNE_B}.001", "name", COMMUNE_A, "units", f"thuộc đơn vị {COMMUNE_B}"),
    ],
    ids=["other-commune", "province-unit", "province-table", "owner-lie"],
)
def test_a_commune_key_cannot_write_outside_its_scope(net, row, field, owner, table, reason):
    a1 = net.replica("a1", COMMUNE_A)
    device = a1.actor.device_id
    bundle = _forged_ops(net, a1, [_op(device, 1, row, field, "Giả", owner, COMMUNE_A, table)])
    _refused(net.province, bundle, contains=reason)


def test_a_commune_cannot_send_ops_in_another_offices_name_or_device(net):
    a1 = net.replica("a1", COMMUNE_A)
    b = net.replica("b", COMMUNE_B)
    units.rename(b, f"{COMMUNE_B}.001", "Thôn Thật")
    assert imp(net.province, net.export(b)[0]).status == "applied"
    row = f"{COMMUNE_B}.001"
    claimed = _forged_ops(net, a1, [_op("d" * 32, 1, row, "name", "Giả", COMMUNE_B, COMMUNE_B)])
    _refused(net.province, claimed, contains="chỉ văn phòng tỉnh được chuyển tiếp")
    stolen_device = b.actor.device_id
    own_row = f"{COMMUNE_A}.001"
    hijack = _forged_ops(
        net, a1, [_op(stolen_device, 99, own_row, "name", "Giả", COMMUNE_A, COMMUNE_A)]
    )
    _refused(net.province, hijack, contains=f"thuộc đơn vị {COMMUNE_B}")


def test_expired_not_yet_valid_and_revoked_certificates_are_refused(net, capsys):
    _, bundle = _small_bundle(net)
    today = date.today()
    _refused(net.province, bundle, today=today + timedelta(days=365 * 6), contains="hết hạn")
    _refused(net.province, bundle, today=today - timedelta(days=1), contains="chưa có hiệu lực")
    b = net.replica("b", COMMUNE_B)
    imp(b, net.export(net.province, to=COMMUNE_B)[0])
    assert (
        main(
            [
                "--db",
                str(net.province.path),
                "keys",
                "revoke",
                "--root",
                str(net.root_file),
                "--office",
                COMMUNE_A,
            ]
        )
        == 0
    )
    _refused(net.province, bundle, contains="thu hồi")
    # The revocation list travels to the other offices in the province's next bundle.
    assert imp(b, net.export(net.province, to=COMMUNE_B)[0]).status == "applied"
    _refused(b, bundle, contains="thu hồi")


def test_a_swapped_blob_is_refused_however_the_manifest_is_signed(net):
    a1, bundle = _small_bundle(net)
    manifest, members = read_bundle(bundle)
    [blob] = [name for name in members if name.startswith("blobs/")]
    members[blob] = bytes(len(members[blob]))
    kept = forge(
        bundle.with_name("kept.vnsb"),
        manifest=manifest,
        members=members,
        private_key=office_key(a1),
        sign_members=False,
    )
    _refused(net.province, kept, contains="không khớp mã băm")
    for key, reason in ((keys.new_private_key(), "Chữ ký"), (office_key(a1), "khai sai mã băm")):
        resigned = forge(
            bundle.with_name("resigned.vnsb"), manifest=manifest, members=members, private_key=key
        )
        _refused(net.province, resigned, contains=reason)


def test_a_signature_moved_onto_another_manifest_is_refused(net, tmp_path):
    a1, first = _small_bundle(net)
    units.rename(a1, f"{COMMUNE_A}.001", "Thôn Khác")
    [second] = net.export(a1)
    with zipfile.ZipFile(first) as archive:
        stolen_signature = archive.read("manifest.sig")
    manifest, members = read_bundle(second)
    moved = forge(
        tmp_path / "moved.vnsb",
        manifest=manifest,
        members=members,
        private_key=office_key(a1),
        sign_members=False,
        signature=stolen_signature,
    )
    _refused(net.province, moved, contains="Chữ ký")


def test_a_certificate_signature_cannot_sign_a_manifest(net):
    """Domain separation: the root's signature on a certificate is no manifest signature."""
    a1 = net.replica("a1", COMMUNE_A)
    envelope = identity.require_office(a1).envelope
    body = canonical.dumps(envelope["cert"])
    signature = keys.unb64(envelope["sig"])
    root = identity.require_root(a1)
    assert keys.verify(root, keys.CERT_DOMAIN, body, signature)
    assert not keys.verify(root, keys.MANIFEST_DOMAIN, body, signature)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"format": 2}, "cập nhật phần mềm"),
        ({"schema_version": 2}, "cập nhật phần mềm"),
        ({"future_field": 1}, "cập nhật phần mềm"),
    ],
)
def test_a_bundle_from_a_newer_app_asks_to_update(net, change, reason):
    a1 = net.replica("a1", COMMUNE_A)
    bundle = _forged_ops(net, a1, [], **change)
    _refused(net.province, bundle, contains=reason)


@pytest.mark.parametrize(("table", "field"), [("dossier_secrets", "name"), ("units", "population")])
def test_unknown_tables_and_columns_are_refused_not_skipped(net, table, field):
    a1 = net.replica("a1", COMMUNE_A)
    op = _op(a1.actor.device_id, 1, f"{COMMUNE_A}.001", field, 1, COMMUNE_A, COMMUNE_A, table)
    _refused(net.province, _forged_ops(net, a1, [op]), contains="cập nhật phần mềm")


def _zip(path: Path, entries: list[tuple[str, bytes]], method=zipfile.ZIP_STORED) -> Path:
    with zipfile.ZipFile(path, "w", compression=method) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    "name",
    [
        "../evil.txt",
        "/etc/evil",
        "C:\\evil.txt",
        "\\\\server\\share\\evil",
        "CON",
        "blobs/../../evil",
        "ops/",
        "NUL.jsonl",
    ],
)
def test_zip_names_that_could_escape_are_refused(net, tmp_path, name):
    bundle = _zip(tmp_path / "evil.vnsb", [("manifest.json", b"{}"), (name, b"x")])
    _refused(net.province, bundle, contains="tên không được phép")
    assert not (tmp_path / "evil.txt").exists()


def test_duplicate_names_symlinks_bombs_and_too_many_members_are_refused(net, tmp_path):
    with pytest.warns(UserWarning):
        duplicate = _zip(tmp_path / "dup.vnsb", [("cert.json", b"a"), ("cert.json", b"b")])
    _refused(net.province, duplicate, contains="cùng tên")
    link = tmp_path / "link.vnsb"
    with zipfile.ZipFile(link, "w") as archive:
        info = zipfile.ZipInfo("cert.json")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    _refused(net.province, link, contains="liên kết")
    bomb = _zip(tmp_path / "bomb.vnsb", [("cert.json", bytes(5_000_000))], zipfile.ZIP_DEFLATED)
    _refused(net.province, bomb, contains="bom nén")
    many = _zip(
        tmp_path / "many.vnsb",
        [(f"blobs/{index:064x}", b"") for index in range(10_001)],
    )
    _refused(net.province, many, contains="vượt giới hạn")
    inbox = net.province.path.parent / "sync"
    assert {p.name for p in (inbox / "inbox").iterdir()} <= set()


_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)
)
_json = st.recursive(
    _scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner)
)


@st.composite
def _op_lines(draw):
    op = {
        "op": draw(st.one_of(st.just(["dev", 1]), _json)),
        "hlc": draw(st.one_of(st.integers(), _json)),
        "wall": draw(st.one_of(st.just("2026-11-25T10:00:00"), _json)),
        "table": draw(st.sampled_from(["units", "unit_links", "catalogs", "x"])),
        "row": draw(st.one_of(st.just(f"{COMMUNE_A}.001"), st.text(max_size=12), _json)),
        "field": draw(st.sampled_from(["name", "kind", "owner_code", "code", "level"])),
        "value": draw(st.one_of(st.none(), _json.map(json.dumps), st.text(max_size=8))),
        "old": None,
        "base": draw(st.one_of(st.none(), _json)),
        "bases": draw(st.one_of(st.just([]), _json)),
        "user": "x",
        "office": draw(st.sampled_from([COMMUNE_A, COMMUNE_B, "24"])),
        "owner": draw(st.sampled_from([COMMUNE_A, COMMUNE_B, "24", ""])),
    }
    for key in draw(st.lists(st.sampled_from(sorted(op)), max_size=2)):
        op.pop(key, None)
    return op


def test_generated_op_lines_signed_by_a_real_office_never_crash_the_importer(net):
    a1 = net.replica("a1", COMMUNE_A)
    device = a1.actor.device_id
    counter = iter(range(1, 10**6))

    @settings(max_examples=150, deadline=None, database=None)
    @given(st.lists(_op_lines(), min_size=1, max_size=3))
    def check(ops):
        for op in ops:
            if op.get("op") == ["dev", 1]:
                op["op"] = [device, next(counter)]
        before = file_digest(net.province.path)
        summary = imp(net.province, _forged_ops(net, a1, ops))
        assert summary.status in ("applied", "refused")
        if summary.status == "refused":
            assert summary.reason and file_digest(net.province.path) == before

    check()


def test_a_district_cannot_re_sign_a_communes_changes(net):
    a1 = net.replica("a1", COMMUNE_A)
    district = net.replica("huyen", DISTRICT, role="district")
    units.rename(a1, f"{COMMUNE_A}.001", "Thôn Thật")
    [original] = net.export(a1)
    assert imp(district, original).status == "applied"  # a district may read and relay files
    op = _op(a1.actor.device_id, 1, f"{COMMUNE_A}.001", "name", "Giả", COMMUNE_A, COMMUNE_A)
    _refused(net.province, _forged_ops(net, district, [op]), contains="chuyển tiếp")
    assert imp(net.province, original).status == "applied"  # the file relayed unchanged is fine
