"""The .ics export read back as a calendar program reads it: an event per step and per
action, alarms on the actions still to do, the same UIDs every time."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from icalendar import Calendar

from coursebook.cli import main


def events(path: Path) -> list:  # type: ignore[type-arg]
    calendar = Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def test_the_calendar_has_every_step_and_action_and_keeps_its_uids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    assert main(["demo", "--language", "nl", "--data-dir", data]) == 0
    first, second = tmp_path / "cursus.ics", tmp_path / "again.ics"
    assert main(["export", "--format", "ics", "--out", str(first), "--data-dir", data]) == 0
    assert main(["export", "--out", str(second), "--data-dir", data]) == 0  # by extension
    capsys.readouterr()
    found = events(first)
    steps = [e for e in found if "-step" in str(e["uid"])]
    actions = [e for e in found if "-action" in str(e["uid"])]
    assert len(steps) == 12 and len(actions) == 8  # the demo: twelve steps, eight actions
    assert str(steps[0]["summary"]).startswith("Stap 1: ")
    opens = [e.decoded("dtstart") for e in steps]
    assert all(type(day) is date for day in opens)  # all-day events
    assert [b - a for a, b in pairwise(opens)] == [timedelta(days=7)] * 11
    open_ones = [e for e in actions if not str(e["summary"]).startswith("✓")]
    assert open_ones and all(
        e.walk("VALARM") and e.walk("VALARM")[0].decoded("trigger") == timedelta(hours=9)
        for e in open_ones
    )
    assert all(not e.walk("VALARM") for e in actions if str(e["summary"]).startswith("✓"))
    assert all(str(e["summary"]).startswith(("Actie: ", "✓ Actie: ")) for e in actions)
    assert [str(e["uid"]) for e in events(second)] == [str(e["uid"]) for e in found]
    assert len({str(e["uid"]) for e in found}) == len(found)
