"""Customer register: tags, a segment set by hand, merges, scores given outside calls.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Columns are added with plain ALTER TABLE (no batch rebuild), so the search triggers on
`customer` stay in place.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("customer", sa.Column("tags", sa.Text(), server_default="", nullable=False))
    op.add_column("customer", sa.Column("manual_segment", sa.String(length=20), nullable=True))
    # SQLite can add a REFERENCES column with ALTER TABLE when its default is NULL.
    op.execute(
        "ALTER TABLE customer ADD COLUMN merged_into INTEGER REFERENCES customer (id) "
        "ON DELETE SET NULL"
    )
    op.create_table(
        "customer_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("scored_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.CheckConstraint("score BETWEEN 0 AND 10", name=op.f("ck_customer_score_score_range")),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_customer_score_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_score")),
    )
    op.create_index("ix_customer_score_customer", "customer_score", ["customer_id", "scored_on"])
    op.create_index("ix_call_note_customer", "call_note", ["customer_id", "call_date"])


def downgrade() -> None:
    op.drop_index("ix_call_note_customer", table_name="call_note")
    op.drop_index("ix_customer_score_customer", table_name="customer_score")
    op.drop_table("customer_score")
    op.drop_column("customer", "merged_into")
    op.drop_column("customer", "manual_segment")
    op.drop_column("customer", "tags")
