"""Promise 2: a data file copied back over its old path never forks silently.

An officer copies the office's data file to a USB stick, works and exports, then copies a file
back over the original path and works on: every (device, counter) the office ever exported
names one change only, so the province and the office end with the same values, or both show
the conflict. The same holds for a backup restored over the file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ntm_desktop.backups import backups
from ntm_desktop.checklist import assessments
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.sync import conflicts
from tests.core.sync_net import (  # noqa: F401 (network is the `net` fixture)
    COMMUNE_A,
    Net,
    dump,
    imp,
    network,
)


def _value(db) -> object:
    return assessments.checklist(db, COMMUNE_A, 2020).row("2.1").value


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def _reopen(net: Net, path: Path):
    db = open_data_file(path)
    net.open.append(db)
    return db


def _send(net: Net, db) -> None:
    for bundle in net.export(db):
        assert imp(net.province, bundle).status == "applied"


def _both_ways(net: Net, office) -> None:
    _send(net, office)
    for bundle in net.export(net.province, to=COMMUNE_A):
        assert imp(office, bundle).status == "applied"


@pytest.mark.parametrize("way", ["stick-edited", "old-copy-back"])
def test_a_file_copied_back_over_its_path_converges_or_shows_the_conflict(net, way):
    office = net.replica("xa", COMMUNE_A)
    assessments.set_indicator(office, COMMUNE_A, 2020, "2.1", value="50")
    _send(net, office)
    path = office.path
    office.close()
    stick = net.tmp / "usb" / "ntm.db"
    _copy(path, stick)
    if way == "stick-edited":
        # Work on the stick, export from there, then bring the stick's file home.
        on_stick = _reopen(net, stick)
        assessments.set_indicator(on_stick, COMMUNE_A, 2020, "2.1", value="80")
        _send(net, on_stick)
        on_stick.close()
        _copy(stick, path)
    else:
        # Work at home and export; then the old copy on the stick goes back over the file.
        home = _reopen(net, path)
        assessments.set_indicator(home, COMMUNE_A, 2020, "2.1", value="80")
        _send(net, home)
        home.close()
        _copy(stick, path)
        for extra in ("-wal", "-shm"):
            path.with_name(path.name + extra).unlink(missing_ok=True)
    office = _reopen(net, path)
    assessments.set_indicator(office, COMMUNE_A, 2020, "2.1", value="95")

    _both_ways(net, office)

    assert dump(office) == dump(net.province)
    if way == "old-copy-back":
        # 80 (exported, then lost with the overwritten file) and 95 are both shown.
        [conflict] = conflicts.list_conflicts(net.province)
        assert sorted(head["value"] for head in conflict.heads) == [80, 95]
    else:
        assert _value(net.province) == _value(office) == 95


def test_a_restored_backup_converges_with_what_was_sent_after_it(net):
    office = net.replica("xa", COMMUNE_A)
    assessments.set_indicator(office, COMMUNE_A, 2020, "2.1", value="50")
    _send(net, office)
    saved = backups.create(office, backups.MANUAL)
    assessments.set_indicator(office, COMMUNE_A, 2020, "2.1", value="80")
    _send(net, office)

    backups.restore(office, saved.path)
    assessments.set_indicator(office, COMMUNE_A, 2020, "2.1", value="95")
    _both_ways(net, office)

    assert dump(office) == dump(net.province)
    [conflict] = conflicts.list_conflicts(office)
    assert sorted(head["value"] for head in conflict.heads) == [80, 95]


def test_a_whole_data_folder_copied_back_is_caught_by_the_receiver(net, tmp_path):
    """With its sync folder copied back too, the office cannot know it reuses op ids; the
    province, which holds the first edit under that id, refuses the second whole."""
    office = net.replica("xa", COMMUNE_A)
    assessments.set_indicator(office, COMMUNE_A, 2020, "2.1", value="50")
    folder = office.path.parent
    saved = tmp_path / "usb"
    office.close()
    shutil.copytree(folder, saved)
    office = _reopen(net, folder / "ntm.db")
    assessments.set_indicator(office, COMMUNE_A, 2020, "2.1", value="80")
    _send(net, office)
    office.close()
    shutil.rmtree(folder)
    shutil.copytree(saved, folder)  # the old folder, sync record and all, put back
    office = _reopen(net, folder / "ntm.db")
    assessments.set_indicator(office, COMMUNE_A, 2020, "2.1", value="95")
    [bundle] = net.export(office)
    before = dump(net.province)

    summary = imp(net.province, bundle)

    assert summary.status == "refused", summary
    assert "nội dung khác" in summary.reason
    assert dump(net.province) == before
    assert _value(net.province) == 80
