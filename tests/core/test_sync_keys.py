"""`ntm keys` and `ntm bundle` on the command line: messages, exit codes, no change on error."""

from __future__ import annotations

import json
import shutil

import pytest

from ntm_desktop.cli import main
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.sync import keys
from ntm_desktop.units import units
from tests.conftest import file_digest
from tests.core.sync_net import COMMUNE_A, network  # noqa: F401


def _run(capsys, db_path, *args):
    capsys.readouterr()
    code = main(["--db", str(db_path), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_root_issue_install_on_the_command_line(tmp_path, db_path, capsys):
    root = tmp_path / "ROOT.key"
    before = file_digest(db_path)
    code, out, _ = _run(capsys, db_path, "keys", "init-root", "-o", str(root))
    assert code == 0 and "Đã tạo khóa gốc" in out
    assert file_digest(db_path) == before  # the root key lives in its file only
    code, _, err = _run(capsys, db_path, "keys", "init-root", "-o", str(root))
    assert code == 3 and "không ghi đè" in err
    second = tmp_path / "R2.key"
    code, _, err = _run(capsys, db_path, "keys", "init-root", "-o", str(second))
    assert code == 0
    cert = tmp_path / "xa.cert"
    issue = ["keys", "issue", "--root", str(root), "--office", COMMUNE_A]
    code, _, err = _run(capsys, db_path, *issue, "--role", "district", "-o", str(cert))
    assert code == 3 and "cấp xã" in err and not cert.exists()
    code, _, err = _run(
        capsys, db_path, "keys", "issue", "--root", str(root), "--office", "99999",
        "--role", "commune", "-o", str(cert),
    )  # fmt: skip
    assert code == 3 and "99999" in err
    code, out, _ = _run(capsys, db_path, *issue, "--role", "commune", "-o", str(cert))
    assert code == 0 and "Đã cấp chứng thư" in out
    # Issuing trusts the root in the data file: a second root key is refused from then on.
    before = file_digest(db_path)
    other = ["keys", "issue", "--root", str(second), "--office", COMMUNE_A, "--role", "commune"]
    code, _, err = _run(capsys, db_path, *other, "-o", str(tmp_path / "x2.cert"))
    assert code == 4 and "không phải khóa gốc" in err
    assert file_digest(db_path) == before and not (tmp_path / "x2.cert").exists()
    commune_db = tmp_path / "xa" / "ntm.db"
    commune_db.parent.mkdir()
    shutil.copyfile(db_path, commune_db)
    code, out, _ = _run(capsys, commune_db, "keys", "install", str(cert))
    assert code == 0 and COMMUNE_A in out
    with open_data_file(commune_db) as db:
        assert db.actor.office_code == COMMUNE_A
        assert db.get_meta("office_code") == COMMUNE_A


def test_init_root_needs_no_data_file(tmp_path, capsys, monkeypatch):
    """The province makes its root key on an offline PC that holds no data file."""
    from ntm_desktop.cli import common

    nowhere = tmp_path / "chua-co" / "ntm.db"
    monkeypatch.setattr(common, "default_db_path", lambda: nowhere)
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["keys", "init-root", "-o", "ROOT.key"]) == 0
    out = capsys.readouterr().out
    assert "Đã tạo khóa gốc ROOT.key" in out
    private = keys.read_root_file(tmp_path / "ROOT.key")
    assert keys.key_id(keys.public_key(private)) in out
    assert not nowhere.parent.exists()
    # Refusals are worded in Vietnamese and write nothing.
    before = (tmp_path / "ROOT.key").read_bytes()
    assert main(["keys", "init-root", "-o", "ROOT.key"]) == 3
    assert "không ghi đè" in capsys.readouterr().err
    assert (tmp_path / "ROOT.key").read_bytes() == before
    assert main(["keys", "init-root", "-o", str(tmp_path)]) == 3
    assert "thư mục" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ROOT.key"]


@pytest.mark.parametrize(
    ("tamper", "exit_code", "message"),
    [
        (lambda r: r["certificate"]["cert"].update(scope=["24"]), 4, "không do khóa gốc"),
        (lambda r: r.update(office_private_key=keys.b64(keys.new_private_key())), 4, "không khớp"),
        (lambda r: r.update(kind="something-else"), 3, "không phải tệp chứng thư"),
        (lambda r: r.update(root_public_key=keys.b64(bytes(32))), 4, "khóa gốc"),
    ],
    ids=["scope-widened", "other-private-key", "not-a-cert", "other-root"],
)
def test_a_tampered_certificate_file_is_refused(net, capsys, tamper, exit_code, message):
    net.replica("a1", COMMUNE_A)
    record = json.loads((net.tmp / "a1.cert").read_text(encoding="utf-8"))
    tamper(record)
    forged = net.tmp / "forged.cert"
    forged.write_text(json.dumps(record), encoding="utf-8")
    target = net.tmp / "x" / "ntm.db"
    target.parent.mkdir()
    shutil.copyfile(net.template, target)
    open_data_file(target).close()
    before = file_digest(target)
    code, _, err = _run(capsys, target, "keys", "install", str(forged))
    assert code == exit_code and message in err, err
    assert file_digest(target) == before


def test_export_needs_a_certificate_and_a_known_receiver(db_path, tmp_path, capsys):
    code, _, err = _run(capsys, db_path, "bundle", "export", "-o", str(tmp_path / "x"))
    assert code == 4 and "chưa được cài chứng thư" in err
    assert not list(tmp_path.glob("x*"))


def test_import_prints_the_summary_and_exits_4_when_any_file_is_refused(net, capsys):
    a1 = net.replica("a1", COMMUNE_A)
    units.rename(a1, f"{COMMUNE_A}.001", "Thôn Mới")
    [good] = net.export(a1)
    bad = net.tmp / "bad.vnsb"
    bad.write_bytes(good.read_bytes()[:-100])
    code, out, err = _run(capsys, net.province.path, "bundle", "import", str(bad), str(good))
    assert code == 4
    assert "bad.vnsb: BỊ TỪ CHỐI" in out and "đã nhập gói số 1 từ Xã Việt Lập" in out
    assert "1/2 tệp bị từ chối" in err
    code, out, _ = _run(capsys, net.province.path, "bundle", "import", str(good.parent))
    assert code == 0 and "đã nhập trước đây" in out
    missing = str(net.tmp / "khong-co.vnsb")
    code, out, _ = _run(capsys, net.province.path, "bundle", "import", missing)
    assert code == 4 and "Không tìm thấy tệp" in out
    code, out, _ = _run(capsys, a1.path, "bundle", "export", "-o", str(net.tmp / "usb" / "x"))
    assert code == 0 and "an toàn để rút USB" in out
    assert (net.tmp / "usb" / "x.vnsb").exists()
    assert not [p for p in (net.tmp / "usb").iterdir() if p.name.endswith(".tmp")]
