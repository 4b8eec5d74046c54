"""Search everything a person wrote, with SQLite FTS5 (kept in sync by triggers).

Whatever is typed is treated as plain words: FTS5 syntax (quotes, NEAR, AND/OR/NOT, `*`, `-`,
parentheses, column filters) never reaches the query parser, so no input can cause an error.
Each word matches as a prefix ("klant" finds "klanten").
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from sqlalchemy import text

from coursebook.storage.database import Database

_WORD = re.compile(r"\w+", re.UNICODE)
_MARK_START, _MARK_END = "\x02", "\x03"
MAX_WORDS = 12


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "call", "action", "reflection"
    ref: int  # the call, action or reflection id
    part: str  # for calls: "q0".."qN", "notes" or "customer"; else ""
    run_id: int  # the run of the course the work belongs to
    course_id: str
    step_id: str
    task_id: str
    snippet: str  # HTML: escaped text with <b> around the matched words


def to_match_query(typed: str) -> str | None:
    """Turn typed text into a safe FTS5 query of quoted prefix words (None: nothing to find)."""
    words = _WORD.findall(typed)[:MAX_WORDS]
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def snippet_to_html(snippet: str) -> str:
    """Escape a snippet and turn FTS5's match markers into bold."""
    escaped = html.escape(snippet.replace("\n", " "))
    return escaped.replace(_MARK_START, "<b>").replace(_MARK_END, "</b>")


# Which run a hit belongs to is looked up from the row it points at (the index itself
# knows the course, not the run).
_RUN_OF = (
    "CASE s.kind WHEN 'call' THEN (SELECT run_id FROM call_note WHERE id = s.ref) "
    "WHEN 'action' THEN (SELECT run_id FROM action WHERE id = s.ref) "
    "ELSE (SELECT run_id FROM reflection WHERE id = s.ref) END"
)


# Ranking by relevance (bm25) scores every match before the best are taken: fine for a few
# thousand matches, 40 ms for a word in every other answer of five years. Past this many
# matches the hits come newest first instead (by rowid: a cheap walk of the index).
RANK_AT_MOST = 2000


def search(db: Database, typed: str, limit: int = 200) -> list[SearchHit]:
    """Hits in everything written, in every run of every course: best first, or newest first
    when the words are found almost everywhere."""
    query = to_match_query(typed)
    if query is None:
        return []
    count = text(
        "SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH :query "
        "LIMIT :cap)"
    )
    with db.engine.connect() as connection:
        matches = connection.execute(count, {"query": query, "cap": RANK_AT_MOST + 1}).scalar()
        order = "bm25(search_index)" if (matches or 0) <= RANK_AT_MOST else "s.rowid DESC"
        statement = text(
            f"SELECT s.kind, s.ref, s.part, {_RUN_OF}, s.course_id, s.step_id, s.task_id, "
            "snippet(search_index, 6, :start, :end, '…', 14) "
            f"FROM search_index s WHERE search_index MATCH :query ORDER BY {order} LIMIT :limit"
        )
        rows = connection.execute(
            statement,
            {
                "start": _MARK_START,
                "end": _MARK_END,
                "query": query,
                "limit": limit,
            },
        ).all()
    return [
        SearchHit(
            str(kind),
            int(ref),
            str(part),
            int(run or 0),
            str(course),
            str(step),
            str(task),
            snippet_to_html(snip),
        )
        for kind, ref, part, run, course, step, task, snip in rows
    ]
