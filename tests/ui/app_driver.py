"""Starts the real app (as `coursebook` does, minus the event loop wrapper) and types into the
current step's reflection editor, for the crash tests in test_crash_safety.py.

    python -m tests.ui.app_driver DATA_DIR once TEXT     type TEXT, print TYPED, idle
    python -m tests.ui.app_driver DATA_DIR burst SECONDS type a numbered word every 100 ms,
                                                          printing each word as it is typed
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from coursebook.ui.app import start_gui
from coursebook.ui.work.reflection_form import ReflectionForm


def main() -> int:
    data_dir, mode, argument = sys.argv[1:4]
    started = start_gui(data_dir)
    if isinstance(started, int):
        return started
    window = started.window
    window.runner.wait()  # the step's forms are built when its work has been read
    editor = next(f for f in window.work.forms if isinstance(f, ReflectionForm)).editor

    if mode == "once":

        def type_once() -> None:
            editor.setFocus()
            QTest.keyClicks(editor, argument)
            print("TYPED", flush=True)

        QTimer.singleShot(100, type_once)
    else:
        words = int(float(argument) * 10)
        counter = iter(range(words))

        def type_word() -> None:
            number = next(counter, None)
            if number is None:
                print("DONE", flush=True)
                return
            word = f"w{number:03d} "
            QTest.keyClicks(editor, word)
            print(word.strip(), flush=True)
            QTimer.singleShot(100, type_word)

        QTimer.singleShot(100, type_word)
    try:
        return started.app.exec()
    finally:
        started.close()


if __name__ == "__main__":
    sys.exit(main())
