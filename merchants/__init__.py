"""The merchant's own people and what they did: console users with roles, and the audit log.

Plain Python over ``store.base.Store`` (no Flask, no boto). Merchant users are not shoppers: their
items live under keys of their own (``merchants.keys``), their sessions under a session key of
their own, and a shopper's account never signs in to the console.

Modules::

    keys     where merchant users and the audit log live in the single table
    roles    owner and staff, and what each may do
    users    MerchantUsers: add (CLI only), sign in (rate limit + lockout), list, change
    audit    AuditLog: who changed money or content, and when
"""
