"""The office's data file: one SQLite database, opened safely and migrated in numbered steps."""

from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple

from ntm_desktop.common.errors import DamagedDataFile, DataFileError, NewerDataFile, NotFound
from ntm_desktop.storage import migrations

SQLITE_HEADER = b"SQLite format 3\x00"
# The first 100 bytes of the file: the magic, page size (offset 16), change counter (24), page
# count (28) and the change counter the page count was written at (92).
_HEADER_BYTES = 100
# A WAL file begins with one of these (big-endian); SQLite ignores a WAL with any other, and with
# it the changes it holds.
_WAL_MAGICS = frozenset({0x377F0682, 0x377F0683})
_WAL_HEADER_BYTES = 32
# The header's application id that marks an NTM data file, set when a file is created (or first
# opened by a version that knows it): a SQLite file without it is another program's.
APPLICATION_ID = int.from_bytes(b"NTMd", "big")
# Tables every NTM data file has had since its first schema version: an unmarked file with them
# was made by a version from before the mark.
_FOUNDATION_TABLES = frozenset({"meta", "change_log"})

# (db, table, owner, {field: value}): raises when the office may not write those values there.
WriteGuard = Callable[["Database", str, str, Mapping[str, Any]], None]
MigrationHook = Callable[["Database"], None]


class Integrity(Enum):
    """What is known of the file's structure (`PRAGMA quick_check` over every page)."""

    UNCHECKED = "unchecked"  # only the cheap checks at open: the first write checks first
    GOOD = "good"
    DAMAGED = "damaged"  # nothing is written through this connection any more


class Actor(NamedTuple):
    """Who makes the changes written through a `Database`: recorded on every change-log row."""

    user: str
    device_id: str
    office_code: str | None


class Database:
    """An open data file. Use `Database.open`; close it (or use it as a context manager)."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._depth = 0
        self._device_claimed = False
        self.actor = Actor(user="", device_id="", office_code=None)
        # Storage knows nothing of offices or backups: the session installs these hooks when it
        # opens a data file (a bare open, as in storage's own tests, refuses no write).
        self.write_guard: WriteGuard | None = None
        self.before_migration: MigrationHook | None = None
        self.integrity = Integrity.UNCHECKED
        self.damage: DamagedDataFile | None = None

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = False,
        before_migration: MigrationHook | None = None,
        empty_is_new: bool = False,
        full_check: bool = True,
    ) -> Database:
        """Open (and if needed create or migrate) the data file at `path`.

        A file written by a newer version, one that is not an intact SQLite file, or another
        program's SQLite file, is refused before anything is written to it. So is an empty file,
        unless `empty_is_new`: a file the application itself began at its own place and was
        stopped before writing anything.

        Every open makes the cheap checks (header, page size and count, WAL, schema version, the
        meta table). `full_check` also reads every page first (`PRAGMA quick_check`: 0.66 s for
        a province's 588 MB). Without it the file opens for reading at once and its first write
        runs that check before writing (`check_integrity`), so a damaged file is still never
        written to; the GUI runs the check in the background right after the window shows.
        """
        path = Path(path)
        checked = False
        if path.exists():
            checked = _check_existing(path, empty_is_new=empty_is_new, full_check=full_check)
            # A file begun and stopped before anything was written has nothing to check yet.
            checked = checked or not path.stat().st_size
        elif not create:
            raise NotFound(
                f"Không tìm thấy tệp dữ liệu {path}. Hãy khởi tạo bằng lệnh 'ntm init' "
                "hoặc chọn đúng tệp."
            )
        else:
            checked = True
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DataFileError(
                    f"Không tạo được thư mục dữ liệu {path.parent}: {exc.strerror}. "
                    "Hãy chọn thư mục khác mà anh/chị có quyền ghi."
                ) from exc
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise _unopenable(path, exc) from exc
        db = cls(path, conn)
        db.before_migration = before_migration
        if checked:
            db.integrity = Integrity.GOOD
        try:
            db._set_up()
            db._migrate()
            if not db.get_meta("device_id"):
                with db.transaction():
                    db.set_meta("created_at", datetime.now().isoformat(timespec="seconds"))
                    db._new_device()
        except BaseException:
            conn.close()
            raise
        db.actor = Actor(
            user=db.get_meta("user_name") or _login_name(),
            device_id=db.get_meta("device_id") or "",
            office_code=db.get_meta("office_code"),
        )
        return db

    def _set_up(self) -> None:
        """Connection settings; the WAL mode and our mark are written only to a checked file."""
        conn = self.conn
        try:
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA busy_timeout=5000")
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            marked = conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
            if mode.lower() != "wal" or not marked:
                self._refuse_if_damaged()
                mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if not marked:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
        except sqlite3.Error as exc:
            raise _unopenable(self.path, exc) from exc
        if mode.lower() != "wal":
            raise DataFileError(
                f"Không bật được chế độ ghi an toàn (WAL) cho {self.path}. Không chạy dữ liệu từ "
                "USB hay thư mục mạng: hãy chép tệp về ổ đĩa của máy."
            )

    def close(self) -> None:
        self.conn.close()

    def _home(self) -> str:
        import platform  # only when this file first issues an op: not a cost of opening

        return f"{platform.node()}|{self.path.resolve()}"

    def _new_device(self) -> None:
        self.set_meta("device_id", new_device_id(self.actor.office_code))
        self.set_meta("device_counter", "0")
        self.set_meta("device_home", self._home())
        self.actor = self.actor._replace(device_id=self.get_meta("device_id") or "")

    def renew_device(self) -> None:
        """Give this file a new device id from now on (its earlier ops keep theirs)."""
        with self.transaction():
            self._new_device()
        self._device_claimed = True

    def claim_device(self) -> None:
        """Before this file issues an op id: found away from where its device id was given, it
        becomes a new device (in the caller's transaction).

        A data file copied to another folder or laptop would otherwise issue the same op ids
        (device, counter) as the original for different changes, and sync, which takes one op
        id for one change, would drop one of them. Its earlier ops keep their ids.
        """
        if self._device_claimed:
            return
        home = self.get_meta("device_home")
        if home is None:  # a file from before homes were recorded: this is its home
            self.set_meta("device_home", self._home())
        elif home != self._home():
            self._new_device()
        self._device_claimed = True

    def reopen(self, *, full_check: bool = True) -> None:
        """Open the file at `path` again into this object (after a restore swapped it)."""
        fresh = Database.open(
            self.path, before_migration=self.before_migration, full_check=full_check
        )
        self.conn, self.actor, self._depth = fresh.conn, fresh.actor, 0
        self.integrity, self.damage = fresh.integrity, fresh.damage

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions --------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work. Nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self._refuse_if_damaged()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _storage_error(exc) from exc
        self._depth = 1
        try:
            yield self.conn
        except sqlite3.OperationalError as exc:
            self._depth = 0
            self._rollback()
            if _is_storage_failure(exc):
                raise _storage_error(exc) from exc
            raise
        except BaseException:
            self._depth = 0
            self._rollback()
            raise
        self._depth = 0
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise _storage_error(exc) from exc

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        """The first row of a query, or None (typed, unlike sqlite3's `fetchone`)."""
        row: tuple[Any, ...] | None = self.conn.execute(sql, params).fetchone()
        return row

    def _rollback(self) -> None:
        # SQLite may already have rolled back by itself (disk full, I/O error).
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        if self._device_claimed:
            # A new device id given in the rolled-back work is gone from the file: ask again.
            self._device_claimed = False
            with contextlib.suppress(sqlite3.Error):
                self.actor = self.actor._replace(device_id=self.get_meta("device_id") or "")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    # -- settings kept in the file --------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str | None) -> None:
        with self.transaction():
            if value is None:
                self.conn.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                self.conn.execute(
                    "INSERT INTO meta(key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

    def set_user(self, user: str) -> None:
        """Name the person whose changes follow (recorded on every change-log row)."""
        self.set_meta("user_name", user)
        self.actor = self.actor._replace(user=user)

    def set_office(self, office_code: str | None) -> None:
        self.set_meta("office_code", office_code)
        self.actor = self.actor._replace(office_code=office_code)

    def check_integrity(self) -> None:
        """Read every page and raise DamagedDataFile if the file is damaged (from then on
        nothing is written through this connection)."""
        try:
            _quick_check(self.conn, self.path)
        except DamagedDataFile as error:
            self.mark_damaged(error)
            raise
        except sqlite3.DatabaseError as exc:
            damage = _damaged(self.path, exc)
            self.mark_damaged(damage)
            raise damage from exc
        self.integrity = Integrity.GOOD

    def mark_damaged(self, error: DamagedDataFile) -> None:
        """The file was found damaged (here or on another connection): refuse every write."""
        self.integrity, self.damage = Integrity.DAMAGED, error

    def _refuse_if_damaged(self) -> None:
        if self.integrity is Integrity.UNCHECKED:
            with contextlib.suppress(DamagedDataFile):  # recorded in `damage`, refused below
                self.check_integrity()
        if self.damage is not None:
            raise DamagedDataFile(
                f"{self.damage.message} Phần mềm chỉ cho xem dữ liệu, không ghi thay đổi nào "
                "vào tệp hỏng."
            )

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # -- migrations ----------------------------------------------------------------------
    def _migrate(self) -> None:
        current = self.schema_version
        if current >= migrations.latest_version():
            return
        steps = [step for step in migrations.load() if step.version > current]
        if current > 0 and self.before_migration is not None:
            self.before_migration(self)
        for step in steps:
            with self.transaction():
                for statement in step.statements:
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {step.version:d}")


def new_device_id(office_code: str | None) -> str:
    """A fresh device id. A certified office's names the office ("07354-<32 hex>"): sync
    refuses another office's ops under it, whichever bundle arrives first."""
    # Imported on use: uuid brings platform (~5 ms on Linux), and opening a file already set
    # up makes no new id.
    import uuid

    fresh = uuid.uuid4().hex
    return f"{office_code}-{fresh}" if office_code else fresh


def office_named_by(device_id: str) -> str | None:
    """The office a device id names (see `new_device_id`), or None for a bare one."""
    office, dash, fresh = device_id.rpartition("-")
    if not dash or not office or len(fresh) != 32:
        return None
    return office if all(char in "0123456789abcdef" for char in fresh) else None


def _check_existing(path: Path, *, empty_is_new: bool, full_check: bool) -> bool:
    """Refuse a file that is not ours, too new or damaged, without writing to it; returns
    whether every page was read (`full_check`) and found sound.

    The cheap checks read the header, the WAL's header, the schema and the meta table: a file
    cut short by a copy to or from a USB stick, or overwritten from its start, is refused here
    with a clear message and the offer of a backup. The structural check (`PRAGMA quick_check`)
    reads every page: 1 ms for a commune's file, 0.66 s for a province's 588 MB.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(_HEADER_BYTES)
        size = path.stat().st_size
    except OSError as exc:
        raise DataFileError(f"Không đọc được tệp dữ liệu {path}: {exc.strerror}.") from exc
    if header and header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise DamagedDataFile(
            f"Tệp {path} không phải tệp dữ liệu NTM hoặc đã bị hỏng. Tệp được giữ nguyên; "
            "hãy khôi phục từ bản sao lưu gần nhất."
        )
    if not header:
        if empty_is_new:
            return False
        raise DataFileError(
            f"Tệp {path} rỗng (0 byte), không phải tệp dữ liệu NTM. Tệp được giữ nguyên; hãy "
            "chọn đúng tệp dữ liệu, hoặc chọn một đường dẫn chưa có tệp để tạo tệp mới."
        )
    wal = path.with_name(path.name + "-wal")
    why = _wal_damage(wal, header) or _header_damage(header, size, wal_empty=_empty(wal))
    if why:
        raise DamagedDataFile(
            f"Tệp dữ liệu {path} bị hỏng ({why}). Tệp được giữ nguyên; hãy khôi phục từ bản sao "
            "lưu gần nhất."
        )
    uri = path.resolve().as_uri() + "?mode=ro"
    # With no WAL beside it the file alone is the database: read it as immutable to tell whose it
    # is, so that a file refused here (another program's, in WAL mode) does not get the -wal and
    # -shm files any other reader would leave beside it.
    try:
        marker_uri = uri if wal.exists() else uri + "&immutable=1"
        with contextlib.closing(sqlite3.connect(marker_uri, uri=True)) as marker:
            _refuse_foreign(marker, path)
        probe = sqlite3.connect(uri, uri=True)
        try:
            version = int(probe.execute("PRAGMA user_version").fetchone()[0])
            if version > migrations.latest_version():
                raise NewerDataFile(
                    f"Tệp dữ liệu {path} được tạo bởi phiên bản mới hơn của NTM Desktop (lược đồ "
                    f"{version}, phiên bản này chỉ hiểu đến {migrations.latest_version()}). Tệp "
                    "được giữ nguyên; hãy cập nhật phần mềm rồi mở lại."
                )
            if version > 0:
                # Our own settings table, read through its pages: the schema is readable.
                probe.execute("SELECT count(*) FROM meta").fetchone()
            if full_check:
                _quick_check(probe, path)
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        if not os.access(path.parent, os.W_OK) or "unable to open" in str(exc):
            # Not damage: SQLite cannot open a WAL file where it may not create its -shm file.
            raise DataFileError(
                f"Thư mục dữ liệu {path.parent} chỉ cho phép đọc (hoặc không đủ quyền) nên không "
                "mở được tệp dữ liệu. Tệp được giữ nguyên; hãy chép thư mục về ổ đĩa của máy "
                "hoặc nhờ cấp quyền ghi."
            ) from exc
        raise _damaged(path, exc) from exc
    return full_check


def _empty(wal: Path) -> bool:
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True


def _header_damage(header: bytes, size: int, *, wal_empty: bool) -> str:
    """What is wrong with the file's header and length, or "" (no page is read). With changes
    in the WAL the file may rightly be shorter: a checkpoint stopped by a full disk grows it
    only later, from the WAL."""
    if len(header) < _HEADER_BYTES:
        return "phần đầu tệp bị cắt cụt"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"cỡ trang {page_size} không hợp lệ"
    pages = int.from_bytes(header[28:32], "big")
    # The page count is valid when written at the current change counter (SQLite 3.7.0 on).
    valid = header[24:28] == header[92:96]
    if wal_empty and pages and valid and size < pages * page_size:
        return f"tệp bị cắt cụt: {size} byte, cần {pages * page_size} byte"
    return ""


def _wal_damage(wal: Path, header: bytes) -> str:
    """What is wrong with the WAL beside the file (changes not yet copied into it), or ""."""
    try:
        with wal.open("rb") as handle:
            head = handle.read(_WAL_HEADER_BYTES)
    except FileNotFoundError:
        return ""
    except OSError as exc:
        return f"không đọc được tệp nhật ký ghi {wal.name}: {exc.strerror}"
    if not head:
        return ""
    if len(head) < _WAL_HEADER_BYTES or int.from_bytes(head[:4], "big") not in _WAL_MAGICS:
        return f"tệp nhật ký ghi {wal.name} bị hỏng, những thay đổi cuối trong đó không đọc được"
    page_size = int.from_bytes(header[16:18], "big")
    if int.from_bytes(head[8:12], "big") != (65536 if page_size == 1 else page_size):
        return f"tệp nhật ký ghi {wal.name} không khớp với tệp dữ liệu"
    return ""


def _refuse_foreign(probe: sqlite3.Connection, path: Path) -> None:
    """Unless the file is marked as ours, or was made by a version from before the mark (it has
    the foundation tables), it is another program's."""
    application_id = probe.execute("PRAGMA application_id").fetchone()[0]
    if application_id == APPLICATION_ID:
        return
    version = probe.execute("PRAGMA user_version").fetchone()[0]
    names = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if application_id == 0 and version > 0 and names >= _FOUNDATION_TABLES:
        return
    raise DataFileError(
        f"Tệp {path} là cơ sở dữ liệu SQLite của một chương trình khác, không phải tệp dữ liệu "
        "NTM. Tệp được giữ nguyên; hãy chọn đúng tệp dữ liệu NTM."
    )


def _unopenable(path: Path, exc: sqlite3.Error) -> DataFileError:
    return DataFileError(
        f"Không mở được tệp dữ liệu {path}: {exc}. Kiểm tra quyền ghi của thư mục "
        "hoặc chọn thư mục khác."
    )


def damage_found(exc: Exception, path: Path) -> DamagedDataFile | None:
    """The refusal to report when reading the file at `path` met damage, else None."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    text = str(exc).lower()
    if "malformed" in text or "not a database" in text:
        return _damaged(path, exc)
    return None


def _damaged(path: Path, exc: sqlite3.DatabaseError) -> DamagedDataFile:
    return DamagedDataFile(
        f"Tệp dữ liệu {path} bị hỏng ({exc}). Tệp được giữ nguyên; hãy khôi phục từ bản sao "
        "lưu gần nhất."
    )


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise DamagedDataFile(
            f"Tệp dữ liệu {path} bị hỏng (kiểm tra toàn vẹn: {result}). Tệp được giữ nguyên; "
            "hãy khôi phục từ bản sao lưu gần nhất."
        )


def _is_storage_failure(exc: sqlite3.Error) -> bool:
    """A failure of the disk or of access, as opposed to a bug in a statement."""
    text = str(exc).lower()
    return any(word in text for word in ("full", "locked", "busy", "readonly", "disk i/o"))


def _storage_error(exc: sqlite3.Error) -> DataFileError:
    text = str(exc).lower()
    if "full" in text:
        return DataFileError(
            "Ổ đĩa đã đầy nên không ghi được thay đổi; dữ liệu cũ vẫn nguyên vẹn. Hãy giải "
            "phóng dung lượng rồi thử lại."
        )
    if "locked" in text or "busy" in text:
        return DataFileError(
            "Tệp dữ liệu đang bị một chương trình khác giữ (có thể là bản NTM Desktop thứ hai "
            "hoặc phần mềm diệt virus). Hãy đóng chương trình đó rồi thử lại."
        )
    if "readonly" in text or "read-only" in text:
        return DataFileError(
            "Thư mục dữ liệu chỉ cho phép đọc nên không ghi được thay đổi. Hãy chọn thư mục "
            "khác hoặc nhờ cấp quyền ghi."
        )
    return DataFileError(f"Lỗi ghi tệp dữ liệu: {exc}. Dữ liệu cũ vẫn nguyên vẹn.")


def _login_name() -> str:
    """Who is logged in: a change made before anyone gave their name still says who made it."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
