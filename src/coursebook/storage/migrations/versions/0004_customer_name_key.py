"""A stored, indexed matching key for customer names (Unicode NFKC + casefold).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

The column is added with plain ALTER TABLE (no batch rebuild), so the search triggers on
`customer` stay in place. Existing rows get their key here; existing duplicates are kept
(they are offered for merging, never merged silently).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coursebook.identity import text_key

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "customer", sa.Column("name_key", sa.String(length=200), server_default="", nullable=False)
    )
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, name FROM customer")).all()
    if rows:
        connection.execute(
            sa.text("UPDATE customer SET name_key = :key WHERE id = :id"),
            [{"key": text_key(name or ""), "id": cid} for cid, name in rows],
        )
    op.create_index("ix_customer_name_key", "customer", ["name_key"])
    op.create_index("ix_customer_email", "customer", ["email"])


def downgrade() -> None:
    op.drop_index("ix_customer_email", table_name="customer")
    op.drop_index("ix_customer_name_key", table_name="customer")
    op.drop_column("customer", "name_key")
