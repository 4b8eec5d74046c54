"""The floor of `bench_start.py`: a bare PySide6 app, a QMainWindow holding a QTextBrowser with
a page of HTML (about one lesson's worth), that prints `painted` after the browser's first paint
and quits, like Coursebook does with COURSEBOOK_QUIT_WHEN_PAINTED=1 (coursebook.ui.startup_probe).

Run by bench_start.py as `python bench/bare_window.py`; it imports nothing but PySide6. With
`--stay` it prints `painted` but stays open (until terminated), for timing a window with xdotool.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

TITLE = "Bare window"  # bench_start.py finds the window by this name under a real X server

PARAGRAPH = (
    "<p>A customer who is merely satisfied leaves at the first better offer; an enthusiastic "
    "one stays, and tells others. This week you call three customers and ask what made them "
    "<b>choose</b> you, what almost made them leave, and what they would tell a friend. "
    "Write down their <i>own words</i>, not your summary of them.</p>"
)


def page() -> str:
    sections = []
    for number in range(1, 7):
        items = "".join(f"<li>Question {number}.{i}: what did you hear?</li>" for i in range(1, 5))
        sections.append(f"<h2>Part {number}</h2>{PARAGRAPH * 2}<ul>{items}</ul>")
    return f"<h1>Step 7: Satisfied customers leave first</h1>{''.join(sections)}"


class FirstPaint(QObject):
    """Prints `painted` once the browser's viewport has been painted, then quits (unless told
    to stay)."""

    def __init__(self, browser: QTextBrowser, stay: bool) -> None:
        super().__init__(browser)
        self.browser = browser
        self.stay = stay
        browser.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.browser.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self.report)  # after the paint, as Coursebook's probe does
        return False

    def report(self) -> None:
        print("painted", flush=True)
        if not self.stay:
            QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle(TITLE)
    browser = QTextBrowser(window)
    browser.setHtml(page())
    window.setCentralWidget(browser)
    window.resize(1000, 700)
    FirstPaint(browser, stay="--stay" in sys.argv[1:])
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
