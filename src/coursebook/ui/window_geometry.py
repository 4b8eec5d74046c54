"""Where the main window goes: on first start at most 90% of the screen and centred; a size
and place restored from last time that no longer fits any screen (a monitor was unplugged,
a laptop screen is smaller) is moved back onto one and shrunk to fit."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize

WISHED = QSize(1360, 840)  # what the three panes like, where the screen allows
SHARE = 0.9  # of the available screen, at most


def first_place(available: QRect, wished: QSize = WISHED) -> QRect:
    """The window's rectangle on first start, centred on `available` (the screen minus task
    bars and docks)."""
    size = QSize(
        min(wished.width(), int(available.width() * SHARE)),
        min(wished.height(), int(available.height() * SHARE)),
    )
    place = QRect(QPoint(0, 0), size)
    place.moveCenter(available.center())
    return place


def onto_a_screen(window: QRect, screens: list[QRect]) -> QRect | None:
    """A place for `window` (restored from last time) on one of `screens` (their available
    rectangles, the primary first), or None when it is well on one already: its top edge,
    where the title bar is, must be on a screen, and it must fit."""
    if not screens:
        return None
    top_middle = QPoint(window.center().x(), window.top() + 10)
    for screen in screens:
        if screen.contains(top_middle) and screen.contains(window.topLeft() + QPoint(40, 10)):
            if window.width() <= screen.width() and window.height() <= screen.height():
                return None
            return first_place(screen, window.size())  # on this screen, but too big
    return first_place(screens[0], window.size())
