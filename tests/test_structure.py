"""The layering the architecture promises, checked on the source itself."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "coursebook"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_the_window_and_the_command_line_never_reach_into_storage() -> None:
    offenders = {
        str(path.relative_to(SRC)): sorted(m for m in imported_modules(path) if "storage" in m)
        for folder in ("ui", "cli")
        for path in (SRC / folder).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_nothing_below_ui_imports_qt() -> None:
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if "ui" not in path.relative_to(SRC).parts
        and any(m.startswith("PySide6") for m in imported_modules(path))
        and path.name != "__main__.py"
    ]
    assert offenders == []
