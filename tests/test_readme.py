"""The README's set-up commands are the ones CI proves."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = next(line.strip() for line in ci.splitlines() if "pytest" in line)
    assert command.startswith("./packaging/debian-deps.sh")
    assert f"    {command}\n" in readme


def test_readme_start_command_uses_the_installed_entry_point() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python3 -m pip install . && coursebook\n" in readme
