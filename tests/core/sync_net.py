"""A small network of real replicas (real data files, real keys, real bundles) for sync tests."""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from ntm_desktop.checklist import assessments
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import Database, changes
from ntm_desktop.storage import sync as rows
from ntm_desktop.sync import conflicts, evidence, identity, importer, tables, writer
from ntm_desktop.sync.summary import ImportSummary

PROVINCE = "24"
COMMUNE_A = "07354"  # Xã Việt Lập, Huyện Tân Yên (216): villages 07354.001
COMMUNE_B = "07360"
DISTRICT = "216"


# A table with an evidence column, as the evidence module will register one.
EVIDENCE = tables.SyncTable(
    name="test_evidence",
    key="id",
    fields=frozenset({"sha256", "note", "owner_code"}),
    writers={"commune": tables.ALL_FIELDS},
    blob_fields=frozenset({"sha256"}),
)


def add_evidence(db: Database, owner: str, data: bytes, note: str = "") -> str:
    digest = hashlib.sha256(data).hexdigest()
    assert evidence.store(db, digest, [data])
    changes.insert_tracked(
        db,
        "test_evidence",
        {"id": uuid.uuid4().hex, "sha256": digest, "note": note, "owner_code": owner},
        owner=owner,
    )
    return digest


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
        db = open_data_file(path)
        db.conn.execute(
            "CREATE TABLE test_evidence (id TEXT PRIMARY KEY, sha256 TEXT, note TEXT, "
            "owner_code TEXT NOT NULL)"
        )
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


def two_laptops(net: Net, *, both_report: bool = False) -> tuple[Database, Database]:
    """Two laptops of commune A with one certificate. The second (with `both_report`, each)
    reports once, nothing to send yet: from then on the province knows it and sends the office
    what the laptop furthest behind lacks."""
    a1 = net.replica("a1", COMMUNE_A)
    a2 = net.replica("a2", COMMUNE_A, cert="a1")
    for laptop in (a1, a2) if both_report else (a2,):
        imp(net.province, net.export(laptop)[0])
    return a1, a2


def indicator_conflict_at_the_province(net: Net) -> Database:
    """Two laptops of one commune record 80 and 95 % for indicator 2.1 of 2020 and both report
    to the province, which then holds the conflict; returns the first laptop."""
    a1, a2 = two_laptops(net, both_report=True)
    assessments.set_indicator(a1, COMMUNE_A, 2020, "2.1", value="80")
    assessments.set_indicator(a2, COMMUNE_A, 2020, "2.1", value="95")
    imp(net.province, net.export(a1)[0])
    imp(net.province, net.export(a2)[0])
    return a1


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


def oracle_heads(db: Database) -> dict[tuple[str, str, str], set[tuple[str, int]]]:
    """The heads rule computed independently, in Python, from every op the replica holds."""
    ops = db.conn.execute(
        "SELECT device_id, counter, table_name, row_id, field, base_device, base_counter "
        "FROM change_log"
    ).fetchall()
    extra = db.conn.execute("SELECT device_id, counter, base_device, base_counter FROM op_bases")
    bases: dict[tuple[str, int], set[tuple[str, int]]] = {}
    for device, counter, base_device, base_counter in extra:
        bases.setdefault((device, counter), set()).add((base_device, base_counter))
    by_field: dict[tuple[str, str, str], list[tuple[str, int]]] = {}
    for device, counter, table, row, field, base_device, base_counter in ops:
        by_field.setdefault((table, row, field), []).append((device, counter))
        if base_device is not None:
            bases.setdefault((device, counter), set()).add((base_device, base_counter))
    heads = {}
    for key, ids in by_field.items():
        replaced = {base for op in ids for base in bases.get(op, ())}
        replaced |= {
            (device, counter)
            for device, counter in ids
            for other_device, other_counter in ids
            if other_device == device and other_counter > counter
        }
        heads[key] = set(ids) - replaced
    return heads


def assert_conflicts_follow_the_heads_rule(db: Database) -> None:
    """The open conflicts are exactly the fields whose heads (by the oracle) disagree."""
    oracle = oracle_heads(db)
    values = {
        (device, counter): value
        for device, counter, value in db.conn.execute(
            "SELECT device_id, counter, new_value FROM change_log"
        )
    }
    expected = {key for key, heads in oracle.items() if len({values[head] for head in heads}) > 1}
    found = {(c.table, c.row_id, c.field) for c in conflicts.list_conflicts(db)}
    assert found == expected
    for conflict in conflicts.list_conflicts(db):
        assert {tuple(h["op"]) for h in conflict.heads} == oracle[
            (conflict.table, conflict.row_id, conflict.field)
        ]


# -- hand-made bundles, independent of the writer, for forgery and schema tests ------------
def forge(
    path: Path,
    *,
    manifest: dict,
    members: dict[str, bytes],
    private_key: bytes,
    sign_members: bool = True,
    signature: bytes | None = None,
) -> Path:
    """Write a bundle from raw members, with a manifest listing them and signed by the key."""
    from ntm_desktop.sync import canonical, keys

    if sign_members:
        manifest = {
            **manifest,
            "members": sorted(
                (
                    {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                    for name, data in members.items()
                ),
                key=lambda member: member["path"],
            ),
        }
    body = canonical.dumps(manifest)
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data)
        archive.writestr(zipfile.ZipInfo("manifest.json", (1980, 1, 1, 0, 0, 0)), body)
        archive.writestr(
            zipfile.ZipInfo("manifest.sig", (1980, 1, 1, 0, 0, 0)),
            signature or keys.sign(private_key, keys.MANIFEST_DOMAIN, body),
        )
    return path


def read_bundle(path: Path) -> tuple[dict, dict[str, bytes]]:
    """The manifest and the other members of a bundle."""
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    members.pop("manifest.sig")
    return manifest, members


def ops_member(ops: list[dict]) -> bytes:
    return ("\n".join(json.dumps(op, ensure_ascii=False) for op in ops) + "\n").encode()


def office_key(db: Database) -> bytes:
    return identity.require_office(db).private_key


def resigned(
    db: Database,
    bundle: Path,
    change: Callable[[dict, list[dict]], None],
    name: str = "forged.vnsb",
) -> Path:
    """`bundle`, exported by the office of `db`, with `change(manifest, ops)` applied to each
    of its ops members, signed again with that office's real key: a forgery only the
    importer's own checks can catch."""
    manifest, members = read_bundle(bundle)
    for member, data in list(members.items()):
        if member.startswith("ops/"):
            ops = [json.loads(line) for line in data.decode().splitlines()]
            change(manifest, ops)
            members[member] = ops_member(ops)
    return forge(
        bundle.with_name(name), manifest=manifest, members=members, private_key=office_key(db)
    )


@pytest.fixture(name="net")
def network(tmp_path: Path, bac_giang_template: Path) -> Iterator[Net]:
    """A province with a root key and certificate; add offices with `net.replica`."""
    tables.register(EVIDENCE)
    network = Net(tmp_path, bac_giang_template)
    yield network
    network.close()
    tables.unregister(EVIDENCE.name)
