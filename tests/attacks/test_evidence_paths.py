"""Promise 1: no file a peer names ever lands outside the evidence folder.

A commune signs a bundle with its real key whose evidence row carries a hostile file name; the
province refuses the whole bundle. A row already in a data file with such a name (an old file,
or one edited by hand) is opened only inside the viewing folder, under a cleaned name.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from ntm_desktop.backups import backups
from ntm_desktop.checklist import assessments
from ntm_desktop.common import file_names
from ntm_desktop.common.errors import DamagedDataFile, InvalidInput
from ntm_desktop.evidence import attachments
from ntm_desktop.evidence.attachments import INDICATOR_VALUES, PLAN_ITEMS
from ntm_desktop.village_plans import village_plans
from tests.conftest import file_digest
from tests.core.sync_net import (  # noqa: F401 (network is the `net` fixture)
    COMMUNE_A,
    imp,
    network,
    resigned,
)

HOSTILE_NAMES = [
    "../../../outside.txt",
    "..\\..\\outside.txt",
    "/etc/cron.d/job",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "C:outside.txt",
    "\\\\server\\share\\outside.txt",
    "CON",
    "nul.txt",
    "com1.pdf",
    "LPT9",
    "bien-ban\x00.pdf",
    "anh\n.jpg",
    "\u202egpj.exe",
    "..",
    "ten-ket-thuc.",
    "",
    "a" * 300,
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_hostile_name_is_refused_and_cleaned(name):
    assert file_names.refusal(name) is not None
    cleaned = file_names.safe(name)
    assert file_names.refusal(cleaned) is None
    assert "/" not in cleaned and "\\" not in cleaned and ":" not in cleaned


@pytest.mark.parametrize("name", ["Biên bản họp.pdf", "ảnh đường trục (1).jpg", "báo cáo"])
def test_an_ordinary_vietnamese_name_is_kept(name):
    assert file_names.refusal(name) is None
    assert file_names.safe(name) == name


def _commune_with_evidence(net, tmp_path):
    commune = net.replica("xa", COMMUNE_A)
    assessments.set_indicator(commune, COMMUNE_A, 2020, "2.1", value="100", met="yes")
    photo = tmp_path / "duong-truc-xa.jpg"
    photo.write_bytes(b"\xff\xd8 a photo of the road")
    attached = assessments.attach_evidence(commune, COMMUNE_A, 2020, "2.1", photo)
    return commune, attached


def _resigned_with(net, commune, bundle: Path, field: str, value: str) -> Path:
    """The commune's own bundle with one evidence op's value changed, signed by its real key."""

    def change(manifest, ops):
        for op in ops:
            if op["table"] == "evidence" and op["field"] == field:
                op["value"] = json.dumps(value)

    return resigned(commune, bundle, change, f"forged-{field}.vnsb")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("file_name", "../../../../outside.txt"),
        ("file_name", "C:\\Users\\Public\\outside.txt"),
        ("file_name", "CON"),
        ("file_name", "anh\x07.jpg"),
        ("sha256", "../../../../outside"),
    ],
)
def test_a_signed_bundle_naming_a_path_is_refused_whole(net, tmp_path, field, value):
    commune, _ = _commune_with_evidence(net, tmp_path)
    [bundle] = net.export(commune)
    forged = _resigned_with(net, commune, bundle, field, value)
    before = file_digest(net.province.path)

    summary = imp(net.province, forged)

    assert summary.status == "refused", summary
    assert field in summary.reason
    assert file_digest(net.province.path) == before
    assert Path(summary.quarantined_as).exists()
    assert not list(tmp_path.rglob("outside*"))
    assert imp(net.province, bundle).status == "applied"


def _plant(db, table: str, row_id: str, **values: str) -> None:
    """What an old or hand-edited data file may hold: a row no check ever saw."""
    assignments = ", ".join(f"{column} = ?" for column in values)
    db.conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*values.values(), row_id])


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_opening_a_stored_hostile_name_writes_only_inside_the_viewing_folder(net, tmp_path, name):
    commune, attached = _commune_with_evidence(net, tmp_path)
    _plant(commune, "evidence", attached.id, file_name=name)
    view = tmp_path / "xem" / "tep"

    copy = attachments.viewable_copy(
        commune, attachments.get(commune, INDICATOR_VALUES, attached.id), view
    )

    assert copy.resolve().is_relative_to(view.resolve())
    assert copy.read_bytes() == b"\xff\xd8 a photo of the road"
    assert file_names.refusal(copy.name) is None
    assert all(found.is_relative_to(view) for found in tmp_path.rglob("outside*"))


def test_a_stored_hash_with_a_path_is_never_followed(net, tmp_path):
    commune, attached = _commune_with_evidence(net, tmp_path)
    secret = tmp_path / "secret"
    secret.write_text("not evidence")
    _plant(commune, "evidence", attached.id, sha256="../../secret")
    with pytest.raises(DamagedDataFile):
        attachments.viewable_copy(
            commune, attachments.get(commune, INDICATOR_VALUES, attached.id), tmp_path / "xem"
        )
    assert not (tmp_path / "xem").exists()


def test_a_plan_photo_is_opened_under_a_clean_name(net, tmp_path):
    commune = net.replica("xa", COMMUNE_A)
    plan = village_plans.register(commune, f"{COMMUNE_A}.001", 2020)
    item = village_plans.add_item(commune, plan, work="Đường hoa", criterion_no=2)
    photo = tmp_path / "truoc.jpg"
    photo.write_bytes(b"\xff\xd8 before")
    found = village_plans.attach_evidence(commune, item.id, photo, "before")
    _plant(commune, "plan_item_evidence", found.id, file_name="..\\..\\..\\outside.jpg")

    copy = attachments.viewable_copy(
        commune, attachments.get(commune, PLAN_ITEMS, found.id), tmp_path / "xem"
    )

    assert copy.parent.parent == tmp_path / "xem"
    assert copy.read_bytes() == b"\xff\xd8 before"


def test_recording_a_hostile_name_by_hand_is_refused(net, tmp_path):
    commune, attached = _commune_with_evidence(net, tmp_path)
    with pytest.raises(InvalidInput, match="đường dẫn"):
        assessments.record_evidence(commune, COMMUNE_A, 2020, "2.1", "../x.pdf", attached.sha256, 1)


def test_a_backup_listing_a_path_as_evidence_is_refused_before_anything_is_written(db, tmp_path):
    saved = backups.backup_to(db, tmp_path / "sao-luu.zip").path
    forged = tmp_path / "gia.zip"
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(forged, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["evidence"]["files"] = ["../../../outside"]
                data = json.dumps(manifest).encode()
            target.writestr(info, data)
    before = file_digest(db.path)
    with pytest.raises(DamagedDataFile, match="SHA-256"):
        backups.restore(db, forged)
    assert file_digest(db.path) == before
    assert not list(tmp_path.rglob("outside*"))
