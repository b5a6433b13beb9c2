"""A small network of real replicas (real data files, real keys, real bundles) for sync tests."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from ntm_desktop.storage import Database
from ntm_desktop.storage import sync as rows
from ntm_desktop.sync import conflicts, identity, importer, tables, writer
from ntm_desktop.sync.summary import ImportSummary

PROVINCE = "24"
COMMUNE_A = "07354"  # Xã Việt Lập, Huyện Tân Yên (216): villages 07354.001
COMMUNE_B = "07360"
DISTRICT = "216"


class Net:
    def __init__(self, tmp: Path, template: Path) -> None:
        self.tmp = tmp
        self.template = template
        self.root_file = tmp / "ROOT.key"
        self.open: list[Database] = []
        self.province = self._copy("tinh")
        identity.init_root(self.province, self.root_file)
        self._install(self.province, "tinh", PROVINCE, "province")
        self.exports = 0

    def _copy(self, name: str) -> Database:
        path = self.tmp / name / "ntm.db"
        path.parent.mkdir(parents=True)
        shutil.copyfile(self.template, path)
        db = Database.open(path)
        db.set_user(f"Cán bộ {name}")
        self.open.append(db)
        return db

    def _install(self, db: Database, name: str, office: str, role: str, **issue: object) -> Path:
        cert = self.tmp / f"{name}.cert"
        if not cert.exists():
            identity.issue(self.province, self.root_file, office, role, cert, **issue)  # type: ignore[arg-type]
        identity.install(db, cert)
        return cert

    def replica(self, name: str, office: str, role: str = "commune", cert: str = "") -> Database:
        """A new office data file; `cert` reuses another laptop's certificate file."""
        db = self._copy(name)
        if cert:
            identity.install(db, self.tmp / f"{cert}.cert")
        else:
            self._install(db, name, office, role)
        return db

    def export(self, db: Database, **options: object) -> list[Path]:
        self.exports += 1
        out = self.tmp / "out" / f"b{self.exports:05d}"
        return [part.path for part in writer.export(db, out, **options)]  # type: ignore[arg-type]

    def close(self) -> None:
        for db in self.open:
            db.close()


def imp(db: Database, path: Path, today: date | None = None) -> ImportSummary:
    return importer.import_file(db, path, today=today)


def dump(db: Database) -> bytes:
    """Rows of every synced table and the open conflicts, in a canonical order."""
    state: dict[str, object] = {}
    for spec in tables.all_tables():
        state[spec.name] = [list(row) for row in rows.dump_table(db, spec.name, spec.key)]
    state["conflicts"] = [
        [c.id, c.table, c.row_id, c.field, [head["op"] for head in c.heads]]
        for c in conflicts.list_conflicts(db)
    ]
    return json.dumps(state, ensure_ascii=False, sort_keys=True).encode("utf-8")
