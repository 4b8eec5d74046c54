"""Who is "the same customer": one rule, used everywhere a name is matched.

A name's key is its text in Unicode NFKC form, case-folded (so "Özdemir", "özdemir" and
"ÖZDEMIR" are one key, and "Ö" written as one character or as "O" plus a combining mark too),
trimmed, with every run of white space made one space. SQLite's `lower()` folds only ASCII, so
the key is stored beside the name in an indexed column and matched in Python or by equality in
SQL, never with `lower()` or `LIKE`.
"""

from __future__ import annotations

import unicodedata


def text_key(text: str) -> str:
    """The matching key of a name or organisation (see the module documentation)."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def customer_key(name: str, organisation: str = "") -> tuple[str, str]:
    """Without an e-mail address, two entries are one customer when this pair is equal."""
    return text_key(name), text_key(organisation)
