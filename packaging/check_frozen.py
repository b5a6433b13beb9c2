"""CI check of the frozen build: build the PyInstaller spec, then run what it produced.

    python packaging/check_frozen.py [--no-build]

Builds `packaging/ntm_desktop.spec` into `build/frozen/` (dist/ and work/), then runs the frozen
`ntm --version`, `ntm init`, `ntm units` and `ntm catalogs` on a fresh data file (these read the
bundled resources and migrations, so a data file missing from the spec fails here), starts the
frozen GUI offscreen until it has painted its window, and checks the installer script against the
build. Prints the build time, the folder size and the start-up times. Exit 1 on any failure.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import check_installer

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "ntm_desktop.spec"
OUT = ROOT / "build" / "frozen"
BUILD_DIR = OUT / "dist" / "ntm-desktop"
EXE = ".exe" if sys.platform == "win32" else ""
TIMEOUT_S = 120


class CheckFailed(Exception):
    pass


def build() -> float:
    shutil.rmtree(OUT, ignore_errors=True)
    started = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(OUT / "dist"), "--workpath", str(OUT / "work"), str(SPEC)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise CheckFailed(f"PyInstaller thất bại:\n{result.stdout}\n{result.stderr}")
    return time.perf_counter() - started


def folder_size(folder: Path) -> int:
    """Bytes on disk; a Linux build links some libraries twice by symlink, counted once."""
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.stat().st_size for path in files)


def run(name: str, *args: str, env: dict[str, str] | None = None) -> tuple[str, float]:
    """Run a frozen executable from a neutral folder (so nothing resolves from the checkout)."""
    command = [str(BUILD_DIR / f"{name}{EXE}"), *args]
    started = time.perf_counter()
    result = subprocess.run(
        command,
        cwd=OUT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT_S,
        env={**os.environ, **(env or {})},
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise CheckFailed(
            f"{' '.join(command[1:])} thoát với mã {result.returncode}:\n{result.stderr}"
        )
    return result.stdout, elapsed


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def check_headless(data_file: Path) -> float:
    sys.path.insert(0, str(ROOT))
    from ntm_desktop import __version__

    out, version_s = run("ntm", "--version")
    expect(out.strip() == f"ntm {__version__}", f"ntm --version in {out!r}")

    run("ntm", "--db", str(data_file), "init")
    out, _ = run("ntm", "--db", str(data_file), "units")
    rows = list(csv.DictReader(io.StringIO(out)))
    levels = Counter(row["level"] for row in rows)
    expect(levels["district"] == 10, f"cần 10 đơn vị cấp huyện, có {levels['district']}")
    expect(levels["commune"] == 209, f"cần 209 đơn vị cấp xã, có {levels['commune']}")

    out, _ = run("ntm", "--db", str(data_file), "units", "--under", "216")
    rows = list(csv.DictReader(io.StringIO(out)))
    expect(rows[0]["name"] == "Huyện Tân Yên", f"--under 216 bắt đầu bằng {rows[0]}")
    expect(
        any(row["code"] == "07354" and row["name"] == "Xã Việt Lập" for row in rows),
        "--under 216 thiếu 07354 Xã Việt Lập",
    )

    out, _ = run("ntm", "--db", str(data_file), "catalogs")
    frozen_ids = {row["id"] for row in csv.DictReader(io.StringIO(out))}
    shipped_ids = {path.stem for path in (ROOT / "resources" / "catalogs").glob("*.json")}
    expect(frozen_ids == shipped_ids, f"bộ tiêu chí khác bản nguồn: {frozen_ids ^ shipped_ids}")
    return version_s


def check_gui(data_file: Path) -> float:
    # Window state goes to a throw-away folder, not the CI user's settings.
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(data_file.parent / "config")}
    out, elapsed = run("ntm-desktop", "--db", str(data_file), "--smoke-test", env=env)
    expect(out.strip() == "ok", f"ntm-desktop --smoke-test in {out!r}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-build", action="store_true", help="dùng bản đã đóng gói")
    args = parser.parse_args(argv)
    try:
        build_s = None if args.no_build else build()
        run_dir = OUT / "run"
        shutil.rmtree(run_dir, ignore_errors=True)
        run_dir.mkdir(parents=True)
        data_file = run_dir / "x.db"
        version_s = check_headless(data_file)
        gui_s = check_gui(data_file)
        problems = check_installer.check(check_installer.DEFAULT_ISS, BUILD_DIR)
        expect(not problems, "bộ cài không khớp bản đóng gói:\n" + "\n".join(problems))
    except (CheckFailed, subprocess.TimeoutExpired) as error:
        print(f"check_frozen: LỖI: {error}", file=sys.stderr)
        return 1
    if build_s is not None:
        print(f"frozen build time: {build_s:.1f} s")
    print(f"frozen folder size: {folder_size(BUILD_DIR) / 1e6:.1f} MB ({BUILD_DIR})")
    print(f"frozen start-up: ntm --version {version_s:.2f} s, GUI to first paint {gui_s:.2f} s")
    print("check_frozen: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
