"""Nothing the CLI is given prints a Python traceback: an unexpected failure is logged."""

from __future__ import annotations

from ntm_desktop.cli import main
from ntm_desktop.units import units


def test_an_unexpected_error_is_logged_not_printed(db, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    def broken(*args, **kwargs):
        raise RuntimeError("a bug nobody foresaw")

    # A fault injected into the core's unit listing stands for any bug not yet found.
    monkeypatch.setattr(units, "subtree", broken)

    code = main(["--db", str(db.path), "units"])

    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.err + captured.out
    assert "lỗi chưa lường trước" in captured.err
    [log] = (tmp_path / "state").rglob("ntm-cli.log")
    assert "a bug nobody foresaw" in log.read_text(encoding="utf-8")
    assert str(log) in captured.err.replace("\n", "")
