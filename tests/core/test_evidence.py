import hashlib

from ntm_desktop.checklist import assessments
from ntm_desktop.evidence import attachments
from ntm_desktop.evidence.attachments import INDICATOR_VALUES
from ntm_desktop.storage import changes
from tests.conftest import refused


def test_attach_stores_by_content_once_and_counts(db, tmp_path):
    scan = tmp_path / "Biên bản kiểm tra đường.pdf"
    scan.write_bytes(b"%PDF-1.4 bien ban")
    copy = tmp_path / "ban-sao.pdf"
    copy.write_bytes(scan.read_bytes())
    first = assessments.attach_evidence(db, "07354", 2020, "2.1", scan)
    second = assessments.attach_evidence(db, "07354", 2020, "2.1", copy)
    sha = hashlib.sha256(b"%PDF-1.4 bien ban").hexdigest()
    stored = db.path.parent / "evidence" / sha[:2] / sha
    assert stored.read_bytes() == b"%PDF-1.4 bien ban"
    assert [p for p in (db.path.parent / "evidence").rglob("*") if p.is_file()] == [stored]
    assert first.sha256 == second.sha256 == sha and first.id != second.id
    assert first.file_name == "Biên bản kiểm tra đường.pdf" and first.size == 17
    assert first.owner_code == "07354"
    assert assessments.checklist(db, "07354", 2020).row("2.1").evidence_count == 2
    names = [e.file_name for e in assessments.evidence_of(db, "07354", 2020, "2.1")]
    assert sorted(names) == ["Biên bản kiểm tra đường.pdf", "ban-sao.pdf"]


def test_remove_is_a_tracked_flag_and_the_file_stays(db, tmp_path):
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(b"\xff\xd8 anh")
    item = assessments.attach_evidence(db, "07354", 2020, "2.1", photo)
    attachments.remove(db, INDICATOR_VALUES, item.id)
    assert assessments.evidence_of(db, "07354", 2020, "2.1") == []
    assert attachments.get(db, INDICATOR_VALUES, item.id).removed
    assert attachments.path_of(db, item).exists()
    logged = changes.history(db, table="evidence", field="removed")
    assert [(c.old_value, c.new_value) for c in logged] == [(None, 0), (0, 1)]
    assert assessments.checklist(db, "07354", 2020).row("2.1").evidence_count == 0


def test_missing_file_is_refused_and_nothing_changes(db, db_path, tmp_path):
    with refused(db_path, match="Không tìm thấy tệp"):
        assessments.attach_evidence(db, "07354", 2020, "2.1", tmp_path / "khong-co.pdf")
