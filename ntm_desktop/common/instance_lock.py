"""One copy of the application per data file: an OS lock on `<data file>.lock`.

SQLite alone keeps two writers from corrupting the file, but two windows on the same data show
each other stale figures, and a restore in one would pull the file from under the other. The OS
releases the lock when the process ends, even when it is killed, so a crash never leaves the data
file "in use".
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sys
from pathlib import Path
from typing import IO

from ntm_desktop.common.errors import DataFileError, DataFileInUse


class InstanceLock:
    def __init__(self, path: Path, handle: IO[str]) -> None:
        self.path = path
        self._handle = handle

    @classmethod
    def acquire(cls, data_file: Path) -> InstanceLock:
        """Lock `data_file` for this process, or raise DataFileInUse naming who holds it."""
        path = data_file.with_name(data_file.name + ".lock")
        try:
            handle = path.open("a+", encoding="utf-8")
        except OSError as exc:
            raise DataFileError(
                f"Không tạo được tệp khóa {path.name} trong {path.parent} ({exc.strerror}). "
                "Thư mục dữ liệu có thể chỉ cho phép đọc; hãy chọn thư mục khác."
            ) from exc
        if not _try_lock(handle):
            handle.seek(0)
            holder = handle.read().strip() or "không rõ"
            handle.close()
            raise DataFileInUse(
                f"Tệp dữ liệu {data_file} đang được mở trong một cửa sổ NTM Desktop khác "
                f"({holder}). Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại."
            )
        handle.seek(0)
        handle.truncate()
        handle.write(f"người dùng {getpass.getuser()}, tiến trình {os.getpid()}")
        handle.flush()
        return cls(path, handle)

    def release(self) -> None:
        if not self._handle.closed:
            _unlock(self._handle)
            self._handle.close()

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    # Windows locks are mandatory: lock a byte past the holder text so it stays readable.
    LOCK_OFFSET = 1 << 20

    def _try_lock(handle: IO[str]) -> bool:
        handle.seek(LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(LOCK_OFFSET)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
