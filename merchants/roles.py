"""Roles and what each may do. The console asks ``allowed`` before every action and hides what a
role may not do; the domain call is the one that changes anything, after that check."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OWNER = "owner"
    """Everything: refunds and cancellations, publishing content, the audit log."""
    STAFF = "staff"
    """Day-to-day work: orders, shipping, exports, reports, drafts and previews. No money back,
    no publishing."""


class Permission(StrEnum):
    VIEW = "view"
    SHIP = "ship"
    """Mark an order shipped; reveal and claim its one-time payment token."""
    EXPORT = "export"
    EDIT = "edit"
    """Edit the content draft, upload a catalog to it, preview it."""
    REFUND = "refund"
    """Refund a paid order, cancel a pending or failed one: money moves back."""
    PUBLISH = "publish"
    """Make the draft the content shoppers hear."""


_STAFF = frozenset({Permission.VIEW, Permission.SHIP, Permission.EXPORT, Permission.EDIT})
_GRANTS = {Role.OWNER: frozenset(Permission), Role.STAFF: _STAFF}


def allowed(role: Role | str, permission: Permission) -> bool:
    try:
        return permission in _GRANTS[Role(role)]
    except ValueError:
        return False
