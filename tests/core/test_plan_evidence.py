"""Before/after files on plan items, through the shared content-addressed evidence store."""

from __future__ import annotations

import pytest

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.evidence import attachments
from ntm_desktop.evidence.attachments import PLAN_ITEMS
from ntm_desktop.storage import changes
from ntm_desktop.village_plans import village_plans as vp
from tests.conftest import file_digest
from tests.core.test_village_plans import VILLAGE, _items


@pytest.fixture
def road(db):
    plan = vp.register(db, VILLAGE, 2020)
    return _items(db, plan)[0]


def test_before_and_after_photos_are_stored_once_and_tracked(db, road, tmp_path):
    before = tmp_path / "truoc.jpg"
    before.write_bytes(b"before-photo")
    after = tmp_path / "sau.jpg"
    after.write_bytes(b"after-photo")
    second = vp.attach_evidence(db, road.id, after, "after")
    first = vp.attach_evidence(db, road.id, before, "before")
    again = vp.attach_evidence(db, road.id, before, "other")
    assert [e.file_name for e in vp.evidence_of(db, road.id)] == [
        "truoc.jpg",
        "sau.jpg",
        "truoc.jpg",
    ]
    assert first.sha256 == again.sha256
    stored = attachments.stored_path(db, first.sha256)
    assert stored.read_bytes() == b"before-photo"
    assert len(list((db.path.parent / "evidence").rglob("*"))) == 4  # 2 folders, 2 files
    assert first.owner_code == "07354" and first.stage_name == "Trước khi làm"
    logged = changes.history(db, table="plan_item_evidence", field="stage")
    assert {c.new_value for c in logged} == {"before", "after", "other"}
    attachments.remove(db, PLAN_ITEMS, second.id)
    assert [e.id for e in vp.evidence_of(db, road.id)] == [first.id, again.id]
    copy = attachments.viewable_copy(db, first, tmp_path / "xem")
    assert copy.name == "truoc.jpg" and copy.read_bytes() == b"before-photo"


def test_refusals_change_nothing(db, db_path, road, tmp_path):
    photo = tmp_path / "anh.png"
    photo.write_bytes(b"x")
    db.conn.commit()
    before = file_digest(db_path)
    with pytest.raises(InvalidInput, match="Loại minh chứng 'during' không hợp lệ"):
        vp.attach_evidence(db, road.id, photo, "during")
    with pytest.raises(InvalidInput, match="Không tìm thấy tệp"):
        vp.attach_evidence(db, road.id, tmp_path / "khong-co.jpg", "before")
    vp.remove_item(db, road.id)
    removed = file_digest(db_path)
    with pytest.raises(InvalidInput, match="đã bị xóa khỏi phương án"):
        vp.attach_evidence(db, road.id, photo, "after")
    assert file_digest(db_path) == removed != before
    assert not (db.path.parent / "evidence").exists()
