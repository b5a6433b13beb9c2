"""Shared fixtures: a real data file per test, copied from a template built once per session."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import Database
from ntm_desktop.units import datasets


def _template(tmp_path_factory: pytest.TempPathFactory, dataset: str) -> Path:
    path = tmp_path_factory.mktemp("template") / f"{dataset}.db"
    with open_data_file(path, create=True) as db:
        datasets.initialize(db, dataset)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture(scope="session")
def bac_giang_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory, "bac-giang-2020")


@pytest.fixture(scope="session")
def bac_ninh_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory, "bac-ninh-2025")


@pytest.fixture
def db_path(tmp_path: Path, bac_giang_template: Path) -> Path:
    """A fresh copy of a data file initialised with the Bắc Giang 2020 dataset."""
    path = tmp_path / "ntm.db"
    shutil.copyfile(bac_giang_template, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_data_file(db_path)
    database.set_user("Nguyễn Văn An")
    yield database
    database.close()


def file_digest(path: Path) -> str:
    """Hash of a data file and its WAL, to prove a failed operation changed nothing."""
    digest = hashlib.sha256()
    for part in (path, path.with_name(path.name + "-wal")):
        if part.exists():
            digest.update(part.read_bytes())
    return digest.hexdigest()


@contextmanager
def refused(
    db_path: Path, match: str | None = None
) -> Iterator[pytest.ExceptionInfo[InvalidInput]]:
    """The block must raise `InvalidInput` (matching `match`) and leave the data file as it was."""
    before = file_digest(db_path)
    with pytest.raises(InvalidInput, match=match) as error:
        yield error
    assert file_digest(db_path) == before
