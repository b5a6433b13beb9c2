"""Check the Inno Setup script against a frozen one-folder build (runs on Linux, no Inno needed).

    python packaging/check_installer.py [BUILD_DIR] [--iss packaging/ntm-desktop.iss]

Fails (exit 1, one line per problem) when the script names a file the build lacks, when the build
holds a file the script would not install, when a shortcut, file-type command or post-install run
points at something not installed, when the AppId is not the fixed one, when the install would need
administrator rights, or when the installer would delete anything in the user's data folder.
Executable names map between the platforms: `ntm-desktop.exe` in the script is `ntm-desktop` in
a Linux build.
"""

from __future__ import annotations

import argparse
import fnmatch
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ISS = ROOT / "packaging" / "ntm-desktop.iss"
DEFAULT_BUILD = ROOT / "dist" / "ntm-desktop"

# Never change it: Windows recognises an installed NTM Desktop (to upgrade it) by this id.
APP_ID = "{{74062363-5B78-45F4-B954-1AFDFF92200E}"
# Where the app keeps the user's data (platformdirs, `%LOCALAPPDATA%\NTMDesktop`).
DATA_LOCATIONS = ("{localappdata}", "{userappdata}", "{commonappdata}", "{userdocs}", "NTMDesktop")
APP_PATH = re.compile(r"\{app\}((?:\\[^\\\"]+)+)", re.IGNORECASE)


@dataclass
class Script:
    setup: dict[str, str] = field(default_factory=dict)
    sections: dict[str, list[dict[str, str]]] = field(default_factory=dict)

    def entries(self, section: str) -> list[dict[str, str]]:
        return self.sections.get(section.lower(), [])


def split_parameters(line: str) -> dict[str, str]:
    """`Name: value; Other: "quoted ""value""; with semicolon"` -> {"name": ..., "other": ...}."""
    parameters: dict[str, str] = {}
    position = 0
    while position < len(line):
        colon = line.find(":", position)
        if colon < 0:
            raise ValueError(f"không đọc được tham số: {line[position:]!r}")
        name = line[position:colon].strip().lower()
        position = colon + 1
        while position < len(line) and line[position] == " ":
            position += 1
        if position < len(line) and line[position] == '"':
            value, position = _quoted(line, position)
        else:
            end = line.find(";", position)
            end = len(line) if end < 0 else end
            value, position = line[position:end].strip(), end
        parameters[name] = value
        semicolon = line.find(";", position)
        position = len(line) if semicolon < 0 else semicolon + 1
        while position < len(line) and line[position] == " ":
            position += 1
    return parameters


def _quoted(line: str, start: int) -> tuple[str, int]:
    value = []
    position = start + 1
    while position < len(line):
        char = line[position]
        if char == '"':
            if line[position + 1 : position + 2] == '"':
                value.append('"')
                position += 2
                continue
            return "".join(value), position + 1
        value.append(char)
        position += 1
    raise ValueError(f"thiếu dấu nháy đóng: {line[start:]!r}")


def parse(text: str, defines: dict[str, str]) -> Script:
    """Sections and entries of an .iss text; `{#Name}` replaced from `defines`.

    Preprocessor lines (`#if`, `#define` ...) are skipped: the checker supplies the values that
    matter (the build folder, the version) itself.
    """
    script = Script()
    section = ""
    for raw in text.lstrip("\ufeff").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#", "//")):
            continue
        line = re.sub(
            r"\{#(\w+)\}", lambda match: defines.get(match.group(1), match.group(0)), line
        )
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].lower()
            continue
        if section in ("setup", "languages", "custommessages", "messages", "code"):
            if section == "setup":
                key, _, value = line.partition("=")
                script.setup[key.strip().lower()] = value.strip()
            continue
        script.sections.setdefault(section, []).append(split_parameters(line))
    return script


def build_name(windows_name: str, windows_build: bool) -> str:
    """`ntm-desktop.exe` in the script is `ntm-desktop` in a Linux build."""
    if not windows_build and windows_name.lower().endswith(".exe"):
        return windows_name[: -len(".exe")]
    return windows_name


def _parts(path: str) -> list[str]:
    return [part for part in path.replace("\\", "/").split("/") if part]


def installed_files(
    script: Script, build_dir: Path, windows_build: bool
) -> tuple[dict[str, Path], list[str]]:
    """What the [Files] section installs: {path under {app} (lower case): build file}, problems."""
    installed: dict[str, Path] = {}
    problems: list[str] = []
    for entry in script.entries("files"):
        source, dest = entry.get("source", ""), entry.get("destdir", "")
        if not source.startswith(str(build_dir)):
            problems.append(f"[Files] nguồn nằm ngoài thư mục bản đóng gói: {source}")
            continue
        source_parts = _parts(source[len(str(build_dir)) :])
        dest_parts = _parts(dest)
        if not dest_parts or dest_parts[0].lower() != "{app}":
            problems.append(f"[Files] cài ra ngoài thư mục chương trình: {dest}")
            continue
        pattern = build_name(source_parts[-1], windows_build)
        folder = build_dir.joinpath(*source_parts[:-1])
        recurse = "recursesubdirs" in entry.get("flags", "").lower().split()
        candidates = folder.rglob("*") if recurse else folder.glob("*")
        matches = [
            path for path in candidates if path.is_file() and fnmatch.fnmatch(path.name, pattern)
        ]
        if not matches:
            problems.append(f"[Files] bản đóng gói thiếu: {source} (tìm {folder / pattern})")
        for path in matches:
            relative = path.relative_to(folder).parts
            target = PurePosixPath(*dest_parts[1:], *relative).as_posix().lower()
            installed[target] = path
    return installed, problems


def check(iss_path: Path, build_dir: Path, windows_build: bool | None = None) -> list[str]:
    """Every problem found, in Vietnamese; an empty list means the script is complete."""
    if windows_build is None:
        windows_build = sys.platform == "win32"
    build_dir = build_dir.resolve()
    if not build_dir.is_dir():
        return [f"không có thư mục bản đóng gói: {build_dir}"]
    script = parse(iss_path.read_text("utf-8-sig"), {"BuildDir": str(build_dir)})
    problems: list[str] = []

    if script.setup.get("appid") != APP_ID:
        problems.append(f"AppId phải giữ nguyên {APP_ID} (đang là {script.setup.get('appid')})")
    if script.setup.get("privilegesrequired", "").lower() != "lowest":
        problems.append("PrivilegesRequired phải là lowest (cài không cần quyền quản trị)")
    if "dialog" not in script.setup.get("privilegesrequiredoverridesallowed", "").lower():
        problems.append(
            "PrivilegesRequiredOverridesAllowed phải có dialog (tuỳ chọn cài cho mọi người)"
        )
    if script.setup.get("appversion") != "{#AppVersion}":
        problems.append("AppVersion phải lấy từ /DAppVersion (phiên bản của ntm_desktop)")
    problems += _missing_integration(script)

    installed, file_problems = installed_files(script, build_dir, windows_build)
    problems += file_problems
    covered = set(installed.values())
    for path in sorted(build_dir.rglob("*")):
        if path.is_file() and path not in covered:
            problems.append(
                f"[Files] không cài tệp của bản đóng gói: {path.relative_to(build_dir)}"
            )

    references = [("Setup", value) for value in script.setup.values()]
    references += [("Icons", entry.get("filename", "")) for entry in script.entries("icons")]
    references += [("Run", entry.get("filename", "")) for entry in script.entries("run")]
    references += [("Registry", entry.get("valuedata", "")) for entry in script.entries("registry")]
    for section, value in references:
        for match in APP_PATH.finditer(value):
            parts = _parts(match.group(1))
            parts[-1] = build_name(parts[-1].split(",")[0], windows_build)
            if PurePosixPath(*parts).as_posix().lower() not in installed:
                problems.append(f"[{section}] trỏ tới tệp không được cài: {{app}}{match.group(1)}")

    for section in ("installdelete", "uninstalldelete"):
        for entry in script.entries(section):
            name = entry.get("name", "")
            if any(location.lower() in name.lower() for location in DATA_LOCATIONS):
                problems.append(f"[{section}] không được xoá dữ liệu người dùng: {name}")
    return problems


def _missing_integration(script: Script) -> list[str]:
    """The shortcuts and the bundle file type the issue asks for."""
    problems = []
    shortcuts = [entry.get("name", "").lower() for entry in script.entries("icons")]
    for folder, what in (("{autoprograms}", "menu Start"), ("{autodesktop}", "màn hình nền")):
        if not any(name.startswith(folder) for name in shortcuts):
            problems.append(f"[Icons] thiếu lối tắt trên {what} ({folder})")
    keys = {
        entry.get("subkey", "").lower(): entry.get("valuedata", "")
        for entry in script.entries("registry")
    }
    if keys.get("software\\classes\\.vnsb") != "NTMDesktop.Bundle":
        problems.append("[Registry] thiếu liên kết kiểu tệp .vnsb với NTMDesktop.Bundle")
    command = keys.get("software\\classes\\ntmdesktop.bundle\\shell\\open\\command", "")
    if not command.lower().startswith('"{app}\\ntm-desktop.exe"') or '"%1"' not in command:
        problems.append('[Registry] mở gói .vnsb phải chạy "{app}\\ntm-desktop.exe" "%1"')
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("build_dir", type=Path, nargs="?", default=DEFAULT_BUILD)
    parser.add_argument("--iss", type=Path, default=DEFAULT_ISS)
    args = parser.parse_args(argv)
    problems = check(args.iss, args.build_dir)
    for problem in problems:
        print(f"Lỗi bộ cài: {problem}", file=sys.stderr)
    if not problems:
        print(f"Bộ cài đầy đủ: {args.iss.name} khớp {args.build_dir}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
