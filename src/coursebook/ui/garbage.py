"""Python's garbage collector on the GUI thread only.

The collector runs in whichever thread happens to allocate when a generation is full. When
that is the database worker and the garbage holds Qt objects (the widgets of a step's forms
that were replaced, with their signal connections), their C++ destructors run on the worker
while the GUI thread is inside Qt: the two wait for each other and the window freezes (seen
here: `~QObject` on the worker waiting for the GIL, the GUI thread waiting for Qt's
connection lock). So, as qutebrowser does, automatic collection is switched off and a timer
on the GUI thread collects each generation when it is due.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer

log = logging.getLogger(__name__)

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(INTERVAL_MS)
        gc.disable()

    def collect(self) -> None:
        """What the automatic collector would have done by now, here."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):  # the oldest due takes the younger with it
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return


_collector: GuiThreadCollector | None = None


def collect_on_the_gui_thread() -> None:
    """Install the collector once per application (call on the GUI thread, with a
    QCoreApplication)."""
    global _collector
    app = QCoreApplication.instance()
    if app is None or (_collector is not None and _collector.parent() is app):
        return
    _collector = GuiThreadCollector(app)
    log.debug("garbage is collected on the GUI thread")
