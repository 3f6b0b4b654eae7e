"""Shopper accounts: sign-up and sign-in, one-time e-mail codes, rate limits, and the OAuth 2.0
records that link an account to Alexa. Plain Python over ``store.base.Store``: no Flask, no boto.

Modules::

    keys        where everything lives in the single table
    errors      the exception hierarchy
    passwords   argon2id password hashing and the password rule
    mail        the Mailer interface: a dev outbox (files you can read) and SMTP
    throttle    rate limits (fixed windows) and the sign-in lockout counter
    service     Accounts: sign up, sign in (password or e-mail code), unlink, delete
    oauth       OAuth clients from settings, authorization codes and refresh tokens (hashed),
                signed access tokens
    links       what the skill calls: access token → the shopper's wallet owner key
"""
