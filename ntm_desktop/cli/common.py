"""What the commands that work on a data file share: opening it (--db, --user), writing CSV or
JSON. The options themselves are declared in `parsing`."""

from __future__ import annotations

import argparse
import csv
import functools
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from ntm_desktop.common.paths import default_db_path
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import Database


def db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_db_path()


def open_db(
    args: argparse.Namespace, *, create: bool = False, full_check: bool = False
) -> Database:
    """The data file, checked cheaply; a command's first write reads every page before it
    writes (a damaged file is refused then, unchanged), so a command that only reads, such as
    `ntm units`, does not pay for reading a province's 600 MB. `full_check` reads them at open."""
    db = open_data_file(db_path(args), create=create, full_check=full_check)
    if getattr(args, "user", None):
        db.set_user(args.user)
    return db


def on_data_file(
    body: Callable[[argparse.Namespace, Database], str | None],
) -> Callable[[argparse.Namespace], int]:
    """The handler of a command that works on the data file: opens it (--db, --user), runs
    `body`, closes the file, then prints the confirmation `body` returns, if any (exit code 0)."""

    @functools.wraps(body)
    def handler(args: argparse.Namespace) -> int:
        with open_db(args) as db:
            message = body(args, db)
        if message is not None:
            print(message)
        return 0

    return handler


def write_rows(
    rows: Iterable[Sequence[Any]], columns: Sequence[str], fmt: str, out: Any = None
) -> None:
    """CSV (UTF-8, header row) or JSON (a list of objects) on stdout."""
    out = out or sys.stdout
    if fmt == "json":
        json.dump(
            [dict(zip(columns, row, strict=True)) for row in rows],
            out,
            ensure_ascii=False,
            indent=1,
        )
        out.write("\n")
        return
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(["" if value is None else value for value in row] for row in rows)
