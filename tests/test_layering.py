"""Architecture rules (import-linter contracts in pyproject): no Qt in the core, SQL in storage,
feature folders layered; and no import cycle between any two modules of the core."""

import shutil
import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]
LINT = (
    "import sys; from importlinter.cli import lint_imports_command; "
    "sys.exit(lint_imports_command())"
)


def _lint(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LINT], cwd=folder, capture_output=True, text=True, check=False
    )


def test_import_linter_contracts_hold():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_storage_importing_sync_breaks_the_layers_contract(tmp_path):
    for name in ("ntm_desktop", "ui"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    changes = tmp_path / "ntm_desktop" / "storage" / "changes.py"
    changes.write_text(changes.read_text() + "\nfrom ntm_desktop.sync import scope  # noqa\n")

    result = _lint(tmp_path)

    assert result.returncode != 0
    assert "ntm_desktop.storage.changes -> ntm_desktop.sync.scope" in result.stdout


def _cycles(graph: grimp.ImportGraph, modules: set[str]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in graph.find_modules_directly_imported_by(module) & modules:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return found


def test_no_module_of_the_core_or_the_ui_takes_part_in_an_import_cycle():
    graph = grimp.build_graph("ntm_desktop", "ui")
    modules = {module for module in graph.modules if module.startswith(("ntm_desktop.", "ui."))}
    assert _cycles(graph, modules) == []


def test_the_readme_lists_every_folder_of_the_core_and_the_ui_once():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = [
        line.split("`")[1].rstrip("/")
        for line in readme.splitlines()
        if line.startswith(("| `ntm_desktop/", "| `ui/")) and line.count("`") >= 2
    ]
    folders = sorted(
        f"{package}/{path.parent.name}"
        for package in ("ntm_desktop", "ui")
        for path in (ROOT / package).glob("*/__init__.py")
    )
    assert sorted(name for name in listed if name not in ("ntm_desktop", "ui")) == folders
    assert len(listed) == len(set(listed))
