"""A workbook with the rules of a shared one (each person their own runs; who wrote what),
on either engine: what those rules do does not depend on where the rows live."""

from __future__ import annotations

from coursebook.storage.database import Database
from coursebook.workbook.core import Workbook


class SharedRules(Workbook):
    @property
    def on_server(self) -> bool:
        return True


def anna_and_bram(db: Database) -> tuple[SharedRules, SharedRules]:
    """Two people on one database."""
    anna, bram = SharedRules(db), SharedRules(db)
    anna.author, bram.author = "Anna", "Bram"
    return anna, bram
