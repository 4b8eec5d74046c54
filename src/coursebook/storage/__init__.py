"""The SQLite database: engine, ORM models, Alembic migrations (Qt-free)."""
