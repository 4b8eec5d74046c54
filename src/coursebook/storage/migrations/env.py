"""Alembic environment. Coursebook runs migrations itself (storage/database.py) and hands
over an open connection; `alembic revision --autogenerate` during development works too,
with `-x db=PATH` pointing at a database file."""

from alembic import context
from sqlalchemy import URL, Connection, create_engine

from coursebook.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: rebuild tables instead
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    database = context.get_x_argument(as_dictionary=True).get("db", "dev.sqlite3")
    with create_engine(URL.create("sqlite", database=database)).connect() as fresh:
        run_migrations(fresh)
