"""Two people changing the same text: the later save does not silently overwrite.

Each shared text (an action, the answer to a question of a call) has a version number that
every save raises. A save says which version it changes (`based_on`); when the text has
been saved by someone else in between, and differently, the save is refused with an
`EditConflict` that holds both texts, who saved the other one and when. Nothing is lost
meanwhile: the refused text is kept among the text's earlier versions, and the person
chooses (keep theirs, keep mine, or combine), saving again based on the version now there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(eq=False)  # an exception: Python sets its traceback when it is raised
class EditConflict(Exception):
    what: str  # "action", "answer" or "customer"
    ref: int  # the action's or the call's id
    part: int  # for an answer: the question's index; else 0
    mine: str  # the text this save wanted to write
    theirs: str  # the text saved in between
    by: str  # who saved it ("" when not known)
    at: datetime | None  # when
    version: int  # the version now there: save again based on it to keep a choice
    field: str = ""  # for a customer: which detail ("name", "notes", …)

    def __str__(self) -> str:
        return f"the {self.what} was changed by {self.by or 'someone else'} meanwhile"


def conflicts(based_on: int | None, version: int, mine: str, theirs: str) -> bool:
    """Whether a save based on `based_on` would overwrite another's save (same text: no)."""
    return based_on is not None and based_on != version and mine != theirs
