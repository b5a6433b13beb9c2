"""SQL for sync bundles: the op log (`change_log`), heads, conflicts, peers and certificates."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, NamedTuple

from ntm_desktop.storage.database import Database

OP_COLUMNS = (
    "device_id, counter, hlc, wall_time, table_name, row_id, field, old_value, new_value, "
    "base_device, base_counter, user_name, office_code, owner_code"
)

# The heads of one field ({field} = :f), or of every field of a row ({field} = c.field: each
# op is weighed against the ops of its own field).
_HEADS = """
SELECT c.field, c.device_id, c.counter, c.hlc, c.new_value, c.user_name, c.office_code,
       c.wall_time
FROM change_log c
WHERE c.table_name = :t AND c.row_id = :r AND c.field = {field}
  AND NOT EXISTS (
    SELECT 1 FROM change_log s
    WHERE s.base_device = c.device_id AND s.base_counter = c.counter
      AND s.table_name = :t AND s.row_id = :r AND s.field = c.field)
  AND NOT EXISTS (
    SELECT 1 FROM change_log s
    WHERE s.table_name = :t AND s.row_id = :r AND s.field = c.field
      AND s.device_id = c.device_id AND s.counter > c.counter)
  AND NOT EXISTS (
    SELECT 1 FROM op_bases b
    WHERE b.base_device = c.device_id AND b.base_counter = c.counter
      AND b.table_name = :t AND b.row_id = :r AND b.field = c.field)
ORDER BY c.field, c.hlc DESC, c.device_id DESC, c.counter DESC
"""
_FIELD_HEADS = _HEADS.format(field=":f")
_ROW_HEADS = _HEADS.format(field="c.field")


# -- the op log --------------------------------------------------------------------------
@contextmanager
def page_cache(db: Database, kib: int) -> Iterator[None]:
    """SQLite's page cache at `kib` KiB for a while, then as it was: imported ops land all over
    the op log's indexes, and with the default 2 MB most inserts into a province's file would
    read a page back from the disk first."""
    before = int(db.conn.execute("PRAGMA cache_size").fetchone()[0])
    db.conn.execute(f"PRAGMA cache_size = {-kib:d}")
    try:
        yield
    finally:
        db.conn.execute(f"PRAGMA cache_size = {before:d}")


def heads(db: Database, table: str, row_id: str, field: str) -> list[tuple[Any, ...]]:
    """Ops on one field that no other op replaces, the displayed one (winner) first.

    Each is (device_id, counter, hlc, value_json, user, office, wall_time).
    """
    return [
        head[1:] for head in db.conn.execute(_FIELD_HEADS, {"t": table, "r": row_id, "f": field})
    ]


def row_heads(db: Database, table: str, row_id: str) -> dict[str, list[tuple[Any, ...]]]:
    """The heads (as `heads` gives them) of every field of a row with ops, in field order:
    one query where a field at a time would be one per field."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    for head in db.conn.execute(_ROW_HEADS, {"t": table, "r": row_id}):
        found.setdefault(head[0], []).append(head[1:])
    return found


def insert_ops(db: Database, ops: Iterable[Sequence[Any]]) -> int:
    """Insert ops (tuples in OP_COLUMNS order), ignoring those already held; count new ones."""
    before = db.conn.total_changes
    db.conn.executemany(
        f"INSERT OR IGNORE INTO change_log ({OP_COLUMNS}) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ops,
    )
    return db.conn.total_changes - before


def held_ops(
    db: Database, ids: Iterable[tuple[str, int]]
) -> dict[tuple[str, int], tuple[Any, ...]]:
    """Of these op ids, those already held: id -> (table, row_id, field, new_value, hlc).

    One query per device over the range of its counters asked for (a bundle brings runs of
    consecutive counters of a few devices, so a range holds little beyond what is asked)."""
    wanted: dict[str, set[int]] = {}
    for device, counter in ids:
        wanted.setdefault(device, set()).add(counter)
    found: dict[tuple[str, int], tuple[Any, ...]] = {}
    for device, counters in wanted.items():
        for counter, *content in db.conn.execute(
            "SELECT counter, table_name, row_id, field, new_value, hlc FROM change_log "
            "WHERE device_id = ? AND counter BETWEEN ? AND ?",
            (device, min(counters), max(counters)),
        ):
            if counter in counters:
                found[(device, counter)] = tuple(content)
    return found


def insert_bases(db: Database, rows: Iterable[Sequence[Any]]) -> None:
    """Extra bases: (device_id, counter, table, row_id, field, base_device, base_counter)."""
    db.conn.executemany("INSERT OR IGNORE INTO op_bases VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def known_vector(db: Database) -> dict[str, int]:
    """Per origin device, the highest counter held with no gap below it."""
    # Counters are unique per device, so 1..high with `high` ops has no gap; only a device
    # with a gap needs the search for its first missing counter.
    spans = db.conn.execute(
        "SELECT device_id, min(counter), max(counter), count(*) FROM change_log GROUP BY device_id"
    ).fetchall()
    known = {device: high for device, low, high, held in spans if low == 1 and held == high}
    for device, low, high, held in spans:
        if low == 1 and held != high:
            known[device] = db.conn.execute(
                "SELECT min(a.counter) FROM change_log a WHERE a.device_id = ? AND NOT EXISTS "
                "(SELECT 1 FROM change_log b WHERE b.device_id = a.device_id "
                "AND b.counter = a.counter + 1)",
                (device,),
            ).fetchone()[0]
    return known


# One op as the JSON line a bundle carries (keys sorted), built by SQLite: a province's
# million ops are never Python objects at once, nor one by one through json.dumps.
_OP_LINE = """json_object(
    'base', CASE WHEN c.base_device IS NULL THEN NULL
                 ELSE json_array(c.base_device, c.base_counter) END,
    'bases', json((SELECT json_group_array(json_array(b.base_device, b.base_counter))
                   FROM (SELECT base_device, base_counter FROM op_bases
                         WHERE device_id = c.device_id AND counter = c.counter
                         ORDER BY base_device, base_counter) b)),
    'field', c.field, 'hlc', c.hlc, 'office', c.office_code, 'old', c.old_value,
    'op', json_array(c.device_id, c.counter), 'owner', c.owner_code, 'row', c.row_id,
    'table', c.table_name, 'user', c.user_name, 'value', c.new_value, 'wall', c.wall_time)"""


class OpBatch(NamedTuple):
    """Ops as a bundle carries them: per row, the JSON lines of its ops, each ending in a
    newline, UTF-8 as SQLite holds them (never decoded into Python text and back)."""

    rows: list[bytes]
    op_count: int
    ranges: list[tuple[str, int, int]]  # per origin device: its lowest and highest counter
    blob_values: list[str]  # the values (JSON) of the evidence fields named

    @property
    def size(self) -> int:
        return sum(map(len, self.rows))


def op_batches(
    db: Database,
    known: Mapping[str, int],
    offices: Sequence[str] | None,
    blob_fields: Iterable[tuple[str, str]],
    size: int,
) -> Iterator[OpBatch]:
    """Ops the holder of `known` lacks (`offices` filters by the editing office; None for
    every office), in batches of at most `size` ops made of whole rows (a row of more ops is
    cut into batches of `size`).

    A row's ops come together, and rows in the order they were first written here, so a row
    comes after the rows it was made under (a plan before its items). Only op numbers are
    sorted, from the field index; SQLite then builds each op's line itself.
    """
    order = db.conn.execute(
        "WITH known(device_id, counter) AS MATERIALIZED (SELECT key, value FROM json_each(?)) "
        "SELECT seq, first FROM (SELECT c.seq, "
        "min(c.seq) OVER (PARTITION BY c.table_name, c.row_id) AS first "
        "FROM change_log c LEFT JOIN known k ON k.device_id = c.device_id "
        "WHERE c.counter > coalesce(k.counter, 0)) ORDER BY first, seq",
        (json.dumps(dict(known)),),
    )
    # An op without an office is local (see local_ops): no office may send it.
    where = "c.office_code IS NOT NULL"
    if offices is not None:
        where += f" AND c.office_code IN ({', '.join(f':o{n}' for n in range(len(offices)))})"
    picked = "json_each(:seqs) j LEFT JOIN change_log c ON c.seq = j.value"
    queries = (
        # One line per number asked, NULL for an op not sent, so the rows can be cut apart.
        f"SELECT CASE WHEN {where} THEN CAST({_OP_LINE} || char(10) AS BLOB) END "
        f"FROM {picked} ORDER BY j.key",
        "SELECT c.device_id, min(c.counter), max(c.counter), "
        "json_group_array(c.new_value) FILTER (WHERE c.new_value IS NOT NULL "
        "AND c.table_name || '.' || c.field IN (SELECT value FROM json_each(:blobs))) "
        f"FROM {picked} WHERE {where} GROUP BY c.device_id",
    )
    params: dict[str, Any] = {
        "blobs": json.dumps([f"{table}.{field}" for table, field in blob_fields]),
        **{f"o{n}": office for n, office in enumerate(offices or ())},
    }
    batch: list[list[int]] = []
    held = 0
    row: list[int] = []
    last = None
    for seq, first in order:
        if first != last:
            if held + len(row) > size:
                yield from _op_batch(db, queries, params, batch)
                batch, held = [], 0
            if row:
                batch.append(row)
                held += len(row)
            row, last = [], first
        row.append(seq)
        if len(row) == size:
            yield from _op_batch(db, queries, params, batch)
            yield from _op_batch(db, queries, params, [row])
            batch, held, row = [], 0, []
    yield from _op_batch(db, queries, params, [*batch, row] if row else batch)


def _op_batch(
    db: Database, queries: tuple[str, str], params: dict[str, Any], rows: list[list[int]]
) -> Iterator[OpBatch]:
    batch = _read_batch(db, queries, params, rows)
    if batch is not None:
        yield batch


def _read_batch(
    db: Database, queries: tuple[str, str], params: dict[str, Any], rows: list[list[int]]
) -> OpBatch | None:
    seqs = [seq for row in rows for seq in row]
    if not seqs:
        return None
    bound = {**params, "seqs": json.dumps(seqs)}
    lines = [line for (line,) in db.conn.execute(queries[0], bound)]
    joined, start = [], 0
    for row in rows:
        kept = [line for line in lines[start : start + len(row)] if line is not None]
        start += len(row)
        if kept:
            joined.append(b"".join(kept))
    if not joined:
        return None
    found = db.conn.execute(queries[1], bound).fetchall()
    count = len(lines) - lines.count(None)
    values = [value for *_, blobs in found for value in json.loads(blobs)]
    return OpBatch(joined, count, [(device, low, high) for device, low, high, _ in found], values)


def row_owner_in_log(db: Database, table: str, row_id: str) -> str | None:
    row = db.conn.execute(
        "SELECT owner_code FROM change_log WHERE table_name = ? AND row_id = ? LIMIT 1",
        (table, row_id),
    ).fetchone()
    return None if row is None else str(row[0])


def unclaimed_ops(db: Database, device_id: str) -> list[tuple[int, str, str, str, str, Any]]:
    """(counter, table, row, field, owner, value JSON) of the ops this device made before an
    office was declared, in order."""
    return db.conn.execute(
        "SELECT counter, table_name, row_id, field, owner_code, new_value FROM change_log "
        "WHERE device_id = ? AND office_code IS NULL ORDER BY counter",
        (device_id,),
    ).fetchall()


def adopt_ops(
    db: Database, device_id: str, counters: Sequence[int], office_code: str, to_device: str
) -> None:
    """Make these ops of `device_id` the office's: stamped with it and, under another device
    id, numbered 1, 2 … there, with every base that names them following them."""
    for new, old in enumerate(counters, start=1):
        target = (to_device, new) if to_device != device_id else (device_id, old)
        db.conn.execute(
            "UPDATE change_log SET office_code = ?, device_id = ?, counter = ? "
            "WHERE device_id = ? AND counter = ?",
            (office_code, *target, device_id, old),
        )
        if to_device == device_id:
            continue
        # What names the op (as a base, or as the op an extra base belongs to) follows it.
        for table, device_column, counter_column in (
            ("change_log", "base_device", "base_counter"),
            ("op_bases", "device_id", "counter"),
            ("op_bases", "base_device", "base_counter"),
        ):
            db.conn.execute(
                f"UPDATE {table} SET {device_column} = ?, {counter_column} = ? "
                f"WHERE {device_column} = ? AND {counter_column} = ?",
                (*target, device_id, old),
            )


def local_ops(db: Database) -> list[tuple[str, str, str, Any, str, str]]:
    """Ops that never travel: made before a certificate was installed and outside its scope.
    Each is (table, row, field, value JSON, user, wall time)."""
    return db.conn.execute(
        "SELECT table_name, row_id, field, new_value, user_name, wall_time FROM change_log "
        "WHERE office_code IS NULL ORDER BY seq"
    ).fetchall()


# -- rows of synced tables ----------------------------------------------------------------
def table_columns(db: Database, table: str) -> list[str]:
    return [row[1] for row in db.conn.execute(f"PRAGMA table_info({_ident(table)})")]


def column_types(db: Database, table: str) -> dict[str, str]:
    """Each column's declared type ("" where it declares none)."""
    return {row[1]: row[2] for row in db.conn.execute(f"PRAGMA table_info({_ident(table)})")}


def read_row(db: Database, table: str, key: str, row_id: str) -> dict[str, Any] | None:
    cursor = db.conn.execute(f"SELECT * FROM {_ident(table)} WHERE {_ident(key)} = ?", (row_id,))
    row = cursor.fetchone()
    if row is None:
        return None
    return {column[0]: value for column, value in zip(cursor.description, row, strict=True)}


def required_columns(db: Database, table: str) -> set[str]:
    return {row[1] for row in db.conn.execute(f"PRAGMA table_info({_ident(table)})") if row[3]}


def try_update_row(
    db: Database, table: str, key: str, row_id: str, values: Mapping[str, Any]
) -> bool:
    """Update a row unless a constraint (a parent row not arrived yet) forbids it for now."""
    if not values:
        return True
    assignments = ", ".join(f"{_ident(column)} = ?" for column in values)
    return _guarded(
        db,
        f"UPDATE {_ident(table)} SET {assignments} WHERE {_ident(key)} = ?",
        (*values.values(), row_id),
    )


def try_insert_row(db: Database, table: str, values: Mapping[str, Any]) -> bool:
    """Insert a row unless a constraint (missing field, missing parent row) forbids it yet."""
    columns = ", ".join(_ident(column) for column in values)
    marks = ", ".join("?" for _ in values)
    return _guarded(
        db, f"INSERT INTO {_ident(table)} ({columns}) VALUES ({marks})", tuple(values.values())
    )


def _guarded(db: Database, sql: str, params: Sequence[Any]) -> bool:
    db.conn.execute("SAVEPOINT sync_row")
    try:
        db.conn.execute(sql, params)
    except sqlite3.IntegrityError:
        db.conn.execute("ROLLBACK TO sync_row")
        db.conn.execute("RELEASE sync_row")
        return False
    db.conn.execute("RELEASE sync_row")
    return True


def dump_table(db: Database, table: str, key: str) -> list[tuple[Any, ...]]:
    return db.conn.execute(f"SELECT * FROM {_ident(table)} ORDER BY {_ident(key)}").fetchall()


def _ident(name: str) -> str:
    if not name.replace("_", "").isalnum() or not name.isascii():
        raise ValueError(f"not an SQL identifier: {name!r}")
    return name


# -- pending rows and conflicts -----------------------------------------------------------
def set_pending(db: Database, table: str, row_id: str, pending: bool) -> None:
    if pending:
        db.conn.execute("INSERT OR IGNORE INTO sync_pending VALUES (?, ?)", (table, row_id))
    else:
        db.conn.execute(
            "DELETE FROM sync_pending WHERE table_name = ? AND row_id = ?", (table, row_id)
        )


def pending_rows(db: Database) -> list[tuple[str, str]]:
    return db.conn.execute("SELECT table_name, row_id FROM sync_pending ORDER BY 1, 2").fetchall()


def set_conflicts(
    db: Database, table: str, row_id: str, found: Sequence[tuple[str, str, str]]
) -> None:
    """The row's conflicts are `found`, each (conflict id, field, heads JSON); any other
    conflict of the row is settled."""
    fields = [field for _, field, _ in found]
    db.conn.execute(
        "DELETE FROM conflicts WHERE table_name = ? AND row_id = ? "
        f"AND field NOT IN ({', '.join('?' for _ in fields)})",
        (table, row_id, *fields),
    )
    db.conn.executemany(
        "INSERT INTO conflicts (id, table_name, row_id, field, heads) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET heads = excluded.heads",
        [(conflict_id, table, row_id, field, heads) for conflict_id, field, heads in found],
    )


def conflicts(db: Database) -> list[tuple[str, str, str, str, str]]:
    return db.conn.execute(
        "SELECT id, table_name, row_id, field, heads FROM conflicts "
        "ORDER BY table_name, row_id, field"
    ).fetchall()


def conflict_fields(db: Database) -> list[tuple[str, str, str, str]]:
    """(id, table, row_id, field) of every open conflict, without the heads."""
    return db.conn.execute("SELECT id, table_name, row_id, field FROM conflicts").fetchall()


def conflict(db: Database, conflict_id: str) -> tuple[str, str, str, str, str] | None:
    row = db.conn.execute(
        "SELECT id, table_name, row_id, field, heads FROM conflicts WHERE id = ?",
        (conflict_id,),
    ).fetchone()
    if row is None:
        return None
    conflict_id, table, row_id, field, heads_json = row
    return str(conflict_id), str(table), str(row_id), str(field), str(heads_json)


# -- peers, devices and imported bundles --------------------------------------------------
def device_office(db: Database, device_id: str) -> str | None:
    row = db.conn.execute(
        "SELECT office_code FROM sync_devices WHERE device_id = ?", (device_id,)
    ).fetchone()
    return None if row is None else str(row[0])


def bind_devices(db: Database, pairs: Iterable[tuple[str, str]]) -> None:
    db.conn.executemany("INSERT OR IGNORE INTO sync_devices VALUES (?, ?)", pairs)


def peer_known(db: Database, office_code: str) -> dict[str, int]:
    """What every device of an office that has sent us a bundle holds: per origin device, the
    minimum over those devices (an origin some device has not acknowledged is left out)."""
    peers = db.conn.execute(
        "SELECT count(DISTINCT sender_device) FROM imported_bundles WHERE sender_office = ?",
        (office_code,),
    ).fetchone()[0]
    return dict(
        db.conn.execute(
            "SELECT device_id, min(counter) FROM peer_known WHERE office_code = ? "
            "GROUP BY device_id HAVING count(*) = ?",
            (office_code, peers),
        ).fetchall()
    )


def raise_peer_known(
    db: Database, office_code: str, peer_device: str, known: Mapping[str, int]
) -> None:
    db.conn.executemany(
        "INSERT INTO peer_known VALUES (?, ?, ?, ?) "
        "ON CONFLICT(office_code, peer_device, device_id) "
        "DO UPDATE SET counter = max(counter, excluded.counter)",
        [(office_code, peer_device, device, counter) for device, counter in known.items()],
    )


def is_imported(db: Database, file_sha256: str) -> bool:
    return (
        db.conn.execute(
            "SELECT 1 FROM imported_bundles WHERE file_sha256 = ?", (file_sha256,)
        ).fetchone()
        is not None
    )


def record_import(db: Database, values: Mapping[str, Any]) -> None:
    columns = ", ".join(_ident(column) for column in values)
    db.conn.execute(
        f"INSERT INTO imported_bundles ({columns}) VALUES ({', '.join('?' for _ in values)})",
        tuple(values.values()),
    )


def received_seqs(db: Database, receiver: str) -> dict[tuple[str, str], list[int]]:
    """Sequence numbers received per (sender office, sender device) for bundles addressed to
    `receiver`."""
    found: dict[tuple[str, str], list[int]] = {}
    for office, device, seq in db.conn.execute(
        "SELECT DISTINCT sender_office, sender_device, device_seq FROM imported_bundles "
        "WHERE receiver = ? ORDER BY 1, 2, 3",
        (receiver,),
    ):
        found.setdefault((office, device), []).append(int(seq))
    return found


def imports_by_office(db: Database) -> list[tuple[str, str, str, int, int]]:
    """Per sender office: last bundle creation time, last import time, last seq, bundle count."""
    return db.conn.execute(
        "SELECT sender_office, max(created_at), max(imported_at), max(device_seq), count(*) "
        "FROM imported_bundles GROUP BY sender_office ORDER BY sender_office"
    ).fetchall()


def put_certificate(
    db: Database, serial: str, office: str, role: str, valid_until: str, envelope: str
) -> None:
    db.conn.execute(
        "INSERT OR IGNORE INTO certificates VALUES (?, ?, ?, ?, ?)",
        (serial, office, role, valid_until, envelope),
    )


def certificate_envelopes(db: Database, office: str | None = None) -> list[tuple[str, str]]:
    """(serial, envelope JSON) of the stored certificates, of one office or all."""
    if office is None:
        return db.conn.execute(
            "SELECT serial, envelope FROM certificates ORDER BY serial"
        ).fetchall()
    return db.conn.execute(
        "SELECT serial, envelope FROM certificates WHERE office_code = ? ORDER BY serial",
        (office,),
    ).fetchall()


def certified_offices(db: Database) -> list[tuple[str, str]]:
    """(office, role) of every office with a known certificate."""
    return db.conn.execute(
        "SELECT DISTINCT office_code, role FROM certificates ORDER BY 1"
    ).fetchall()


OFFICE_CERTIFICATE = "sync_office_certificate"


def certificate_role(db: Database) -> str | None:
    """The role (commune, district, province) of the office certificate installed, if any.

    Read without checking the signature: the certificate was checked when it was installed.
    """
    text = db.get_meta(OFFICE_CERTIFICATE)
    return None if text is None else str(json.loads(text)["cert"]["role"])


def certificate_devices(db: Database) -> list[str] | None:
    """The device ids the installed office certificate lists (None without a certificate),
    read as `certificate_role` is."""
    text = db.get_meta(OFFICE_CERTIFICATE)
    return None if text is None else [str(d) for d in json.loads(text)["cert"].get("devices", [])]
