"""Make the user guide's screenshots from the demo workbook, in Dutch and English.

    python scripts/make_screenshots.py            # writes resources/help/screenshots/<lang>/
    python scripts/make_screenshots.py --out DIR  # elsewhere, to look at a change

Each language gets a fresh demo workbook (`coursebook demo`) in a temporary folder and the
app started the way `coursebook` starts it (offscreen, at 1366×768, the size of a small
laptop screen); the windows and dialogs are grabbed as a person sees them. `*-dark.png`
are the same windows in the dark appearance. Run it again after changing what they show.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "help" / "screenshots"
SIZE = (1366, 768)


def shoot(language: str, scheme: str, out: Path, data_dir: Path) -> None:
    """In this process: start the app on `data_dir` and grab what the guide shows."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QWidget

    from coursebook.ui.app import start_gui
    from coursebook.ui.export_dialog import ExportDialog
    from coursebook.ui.settings_dialog import SettingsDialog
    from coursebook.ui.shortcuts_dialog import ShortcutsDialog

    settings = data_dir / "settings.ini"
    settings.write_text(
        f"[interface]\nlanguage={language}\n[appearance]\nscheme={scheme}\n"
        "[person]\nname=Anna de Vries\ncompany=De Bakkerij\n",
        encoding="utf-8",
    )
    started = start_gui(str(data_dir))
    assert not isinstance(started, int), f"the app did not start ({started})"
    app, window = started.app, started.window
    window.setGeometry(0, 0, *SIZE)
    window.show()

    def settle() -> None:
        for _ in range(3):
            window.runner.wait()
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / f"{name}.png"))
        print(f"  {out / name}.png")

    out.mkdir(parents=True, exist_ok=True)
    settle()
    if scheme == "dark":  # the course and the register: is every colour readable?
        save(window, "course-dark")
        window.tabs.setCurrentIndex(1)
        save(window, "customers-dark")
        window.tabs.setCurrentIndex(2)
        save(window, "nps-dark")
        started.close()
        return
    save(window, "course")
    calls_step = next(
        step
        for step in window.course.steps  # type: ignore[union-attr]
        if any(task.type.value == "calls" for task in step.tasks)
    )
    window.move_step(calls_step.number - 1 - window.step_list.currentIndex().row())
    settle()
    calls_form = next(f for f in window.work.forms if type(f).__name__ == "CallsForm")
    top = calls_form.mapTo(window.work.widget(), QPoint(0, 0)).y()
    window.work.verticalScrollBar().setValue(top - 40)  # the call cards, not the task above
    save(window, "calls")
    window.tabs.setCurrentIndex(1)
    save(window, "customers")
    window.tabs.setCurrentIndex(2)
    save(window, "nps")
    window.tabs.setCurrentIndex(0)
    dialogs: list[tuple[QWidget, str]] = [
        (SettingsDialog(window.context.preferences, window), "settings"),
        (ShortcutsDialog(window.menuBar(), window), "shortcuts"),
        (
            ExportDialog(
                window.runner,
                window.course,  # type: ignore[arg-type]
                window.run,
                window.context.today,
                calls_step.number,
                language,
                window,
                author=window.context.preferences.author,
            ),
            "export",
        ),
    ]
    for dialog, name in dialogs:
        dialog.show()
        save(dialog, name)
        dialog.close()
    started.close()
    QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--one", nargs=3, metavar=("LANG", "SCHEME", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:  # a child process: one language, one appearance
        language, scheme, data_dir = args.one
        shoot(language, scheme, args.out / language, Path(data_dir))
        return 0
    for language in ("nl", "en"):
        for scheme in ("light", "dark"):
            with tempfile.TemporaryDirectory(prefix="coursebook-shots-") as folder:
                data = Path(folder) / "data"
                demo = [sys.executable, "-m", "coursebook", "demo", "--language", language]
                subprocess.run([*demo, "--data-dir", str(data)], check=True)
                print(f"{language}, {scheme}:")
                # A process of its own each: the appearance is chosen once, at start.
                one = [sys.executable, __file__, "--out", str(args.out), "--one"]
                subprocess.run([*one, language, scheme, str(data)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
