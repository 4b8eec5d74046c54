"""Test databases on a PostgreSQL server, for the storage and workbook tests that run on
both engines. `COURSEBOOK_TEST_POSTGRES` names a role that may create databases, as a URL
(`.ci/run` starts a server and sets it); without it those tests run on SQLite only.

The schema is migrated once, into a template; each test gets a copy of it (CREATE DATABASE
… TEMPLATE: a few tens of milliseconds) and it is dropped afterwards."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ENVIRONMENT = "COURSEBOOK_TEST_POSTGRES"
_numbers = itertools.count()
_template: str | None = None


def admin_url() -> str | None:
    return os.environ.get(ENVIRONMENT) or None


def _url_of(database: str) -> str:
    url = admin_url()
    assert url is not None
    return make_url(url).set(database=database).render_as_string(hide_password=False)


def _run(statement: str) -> None:
    url = make_url(_url_of(make_url(admin_url() or "").database or "postgres"))
    engine = create_engine(url.set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def _ensure_template() -> str:
    global _template
    if _template is None:
        from coursebook.storage.server import open_server_database

        name = f"coursebook_test_template_{os.getpid()}"
        _run(f'DROP DATABASE IF EXISTS "{name}"')
        _run(f'CREATE DATABASE "{name}"')
        open_server_database(_url_of(name)).close()  # migrated once
        _template = name
    return _template


@contextmanager
def fresh_database() -> Iterator[str]:
    """The URL of a new, migrated, empty database, dropped afterwards."""
    template = _ensure_template()
    name = f"coursebook_test_{os.getpid()}_{next(_numbers)}"
    _run(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield _url_of(name)
    finally:
        _drop(name)


def _drop(name: str) -> None:
    """Drop a test database. The server's autovacuum may be working in it, and only a
    superuser may end that: wait a moment and try again (a leftover is only a warning)."""
    import time
    import warnings

    from sqlalchemy.exc import DBAPIError

    for attempt in range(20):
        try:
            _run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except DBAPIError:
            time.sleep(0.1 * (attempt + 1))
    warnings.warn(f"test database {name} could not be dropped", stacklevel=2)


def drop_template() -> None:
    if _template is not None:
        _drop(_template)
