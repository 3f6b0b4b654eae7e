"""The DynamoDB table's item schema: one pynamodb model declaring the attributes every item has,
and the function that binds it to a named table (one model class per store, no global table name).

Table layout (single-table design)::

    pk          S   partition (hash) key: "user#…", "order#…"
    sk          S   sort (range) key
    data        S   the document, as JSON
    version     N   1 on creation, +1 on each write
    expires_at  N   Unix seconds; the table's TTL attribute (absent: never expires)
"""

from __future__ import annotations

from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.models import Model


class StoreItem(Model):
    """An item's attributes, declared once so that they are typed; ``model_class`` binds a
    subclass to one table."""

    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    data = UnicodeAttribute()
    version = NumberAttribute()
    expires_at = NumberAttribute(null=True)


def model_class(table: str) -> type[StoreItem]:
    """A pynamodb model bound to ``table``; one class per store, so no table name is global."""

    class Meta:
        table_name = table

    return type("StoreItem", (StoreItem,), {"__module__": __name__, "Meta": Meta})
