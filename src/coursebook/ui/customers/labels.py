"""Words for segments and channels, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coursebook.ui.theme import colour
from coursebook.workbook.nps import Segment


def segment_colour(segment: Segment) -> str:
    """The segment's colour, readable on the light and on the dark background."""
    return colour(segment.name.lower())  # detractor, passive, promoter


def segment_label(segment: Segment | None) -> str:
    translate = QCoreApplication.translate
    if segment is None:
        return translate("segments", "unknown")
    return {
        Segment.DETRACTOR: translate("segments", "unhappy (0–6)"),
        Segment.PASSIVE: translate("segments", "satisfied (7–8)"),
        Segment.PROMOTER: translate("segments", "enthusiastic (9–10)"),
    }[segment]


def channel_label(channel: str) -> str:
    translate = QCoreApplication.translate
    return {
        "phone": translate("channels", "Phone"),
        "visit": translate("channels", "Visit"),
        "video": translate("channels", "Video call"),
        "email": translate("channels", "E-mail"),
    }.get(channel, channel)
