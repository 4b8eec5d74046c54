"""A marker for "leave this field as it is" in update functions (None is a real value)."""

from __future__ import annotations

from enum import Enum


class Unchanged(Enum):
    UNCHANGED = "unchanged"


UNCHANGED = Unchanged.UNCHANGED
