"""Writing files for users safely: a temporary name, flushed to disk, then renamed into place.

A crash or a pulled USB stick therefore never leaves half a file under the real name. On Windows
`os.replace` fails while antivirus or the indexer holds the target open, so it is retried.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ntm_desktop.common.errors import DataFileError

REPLACE_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2)


def fsync_file(path: Path) -> None:
    # Opened for writing (never truncated): Windows flushes a file only through a handle that
    # may write it, and refuses one opened read-only.
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename durable (a no-op where directories cannot be opened, as on Windows)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def replace_with_retry(
    source: Path, target: Path, sleep: Callable[[float], None] = time.sleep
) -> None:
    """`os.replace` that waits out a target held open by another program."""
    for delay in (*REPLACE_DELAYS, None):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if delay is None:
                raise DataFileError(
                    f"Không ghi được {target.name} vì tệp đang bị chương trình khác giữ (có thể "
                    "là phần mềm diệt virus). Tệp tạm {source.name} được giữ lại; hãy đóng "
                    "chương trình đó rồi thử lại."
                ) from exc
            sleep(delay)


def temporary_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


_WRITER_PID = re.compile(r"[.-](\d+)\.tmp$")


def remove_leftover_temporaries(folder: Path, pattern: str = ".*.tmp") -> list[Path]:
    """Delete the temporary files in `folder` (matching `pattern`) that a killed process left.

    Every temporary name the app makes ends in the writing process's id (`temporary_name`), and
    one data file is worked on by one process at a time (see instance_lock), so a temporary file
    of another process is a leftover; this process's own may be in use by another thread.
    """
    removed = []
    for path in folder.glob(pattern):
        writer = _WRITER_PID.search(path.name)
        if writer is not None and int(writer.group(1)) == os.getpid():
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it is synced and renamed onto `target`."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(target, exc) from exc
    temp = temporary_name(target)
    try:
        yield temp
        fsync_file(temp)
    except OSError as exc:
        _discard(temp)
        raise write_error(target, exc) from exc
    except BaseException:
        _discard(temp)
        raise
    try:
        replace_with_retry(temp, target)
    except OSError as exc:
        # The folder vanished under us (USB stick pulled): nothing is left under the real name.
        _discard(temp)
        raise write_error(target, exc) from exc
    fsync_dir(target.parent)


def _discard(temp: Path) -> None:
    # On a read-only or vanished folder there is nothing to remove, and unlink itself fails.
    with contextlib.suppress(OSError):
        temp.unlink(missing_ok=True)


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_output(target) as temp:
        temp.write_bytes(data)


def sha256_file(path: Path) -> str:
    # Imported on use: hashlib loads OpenSSL (~4 ms), and opening a data file hashes nothing.
    import hashlib

    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def write_error(target: Path, exc: OSError) -> DataFileError:
    if exc.errno == errno.ENOSPC:
        return DataFileError(
            f"Ổ đĩa đầy, không ghi được {target.name}. Không có tệp nào bị ghi dở; hãy giải phóng "
            "dung lượng hoặc chọn ổ khác rồi thử lại."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DataFileError(f"Không có quyền ghi vào {target.parent}. Hãy chọn thư mục khác.")
    if exc.errno in (errno.ENOENT, errno.EIO, errno.ENODEV, errno.ENXIO):
        return DataFileError(
            f"Thư mục {target.parent} không còn ghi được (USB đã bị rút?). Không có tệp nào bị "
            f"ghi dở dưới tên {target.name}; hãy cắm lại USB rồi làm lại."
        )
    return DataFileError(
        f"Không ghi được {target.name}: {exc.strerror or exc}. Hãy kiểm tra ổ đĩa (USB còn "
        "cắm?) rồi thử lại."
    )
