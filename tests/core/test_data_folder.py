import pytest

from ntm_desktop.backups import backup_archive, data_folder, places
from ntm_desktop.common.errors import Refused
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.units import units
from tests.conftest import file_digest
from tests.core.test_backups import add_evidence


def test_copy_to_a_new_folder_keeps_the_original(db, tmp_path):
    units.rename(db, "07354.001", "Thôn Chuyển Đi")
    photo = add_evidence(db, b"anh")
    target = data_folder.copy_to(db, tmp_path / "D" / "NTM")
    assert target == (tmp_path / "D" / "NTM" / "ntm.db").resolve()
    with open_data_file(target) as copy:
        assert units.get(copy, "07354.001").name == "Thôn Chuyển Đi"
        assert copy.actor.device_id != db.actor.device_id  # never two files on one op counter
    copied = backup_archive.evidence_path(places.evidence_root(target), photo)
    assert copied.read_bytes() == b"anh"
    assert units.get(db, "07354.001").name == "Thôn Chuyển Đi"


def test_an_existing_data_file_is_never_overwritten(db, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "ntm.db").write_bytes(b"du lieu khac")
    before = file_digest(other / "ntm.db")
    with pytest.raises(Refused, match="được giữ nguyên"):
        data_folder.copy_to(db, other)
    assert file_digest(other / "ntm.db") == before
