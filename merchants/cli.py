"""``echoppe console user add|list|password``: the console's users, created on the server.

A password is read from a prompt (twice) or from the first line of stdin (``--password-stdin``),
never from the command line, where shell history and ``ps`` would keep it.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time

from accounts.errors import AccountError
from merchants.roles import Role
from merchants.users import MerchantUsers
from skill.commands import refusing
from skill.settings import Settings
from store.base import Store


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise ValueError("no terminal to ask the password on: pipe it with --password-stdin")
    first = getpass.getpass("password (10 characters or more): ")
    if getpass.getpass("again: ") != first:
        raise ValueError("the two passwords differ")
    return first


def _users(settings: Settings) -> tuple[MerchantUsers, Store]:
    from skill.app import build_store

    store = build_store(settings)
    return MerchantUsers(store, clock=time.time), store


def cmd_add(args: argparse.Namespace, settings: Settings) -> int:
    users, store = _users(settings)
    try:
        user = users.add(args.email, _password(args), args.role)
    finally:
        store.close()
    print(f"merchant user {user.email} added ({user.role.value})")
    return 0


def cmd_list(args: argparse.Namespace, settings: Settings) -> int:
    users, store = _users(settings)
    try:
        for user in users.list():
            state = "" if user.active else " (disabled)"
            print(f"{user.email}\t{user.role.value}{state}")
    finally:
        store.close()
    return 0


def cmd_password(args: argparse.Namespace, settings: Settings) -> int:
    users, store = _users(settings)
    try:
        users.set_password(args.email, _password(args))
    finally:
        store.close()
    print("password changed")
    return 0


_guarded = refusing(AccountError, ValueError)


def register(commands: argparse._SubParsersAction) -> None:
    console = commands.add_parser("console", help="the merchant console").add_subparsers(
        dest="area", required=True
    )
    user = console.add_parser("user", help="console users").add_subparsers(
        dest="action", required=True
    )
    add = user.add_parser("add", help="add a user (the password is asked, or read from stdin)")
    add.add_argument("email")
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.STAFF.value,
                     help="owner: everything; staff: no refund, no publishing")  # fmt: skip
    add.add_argument("--password-stdin", action="store_true", help="read it from stdin's line")
    add.set_defaults(run=_guarded(cmd_add))
    user.add_parser("list", help="the users and their roles").set_defaults(run=_guarded(cmd_list))
    password = user.add_parser("password", help="set a user's password")
    password.add_argument("email")
    password.add_argument("--password-stdin", action="store_true", help="read it from stdin's line")
    password.set_defaults(run=_guarded(cmd_password))
