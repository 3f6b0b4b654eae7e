"""The merchant's subcommands of ``echoppe``: the funnel report, wallets (out of band), and the
orders export. Wallet commands stand in for the merchant's account-linking web page."""

from __future__ import annotations

import argparse
import getpass
import json
import re
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from payments.address import Address
from payments.errors import PaymentError
from skill.donations_cli import register as register_donations
from skill.settings import Settings
from skill.state import owner_key

_ADDRESS_RE = re.compile(
    r"^\s*(?P<line1>[^,]+),\s*(?P<postal>[A-Z0-9][A-Z0-9 -]{2,9}?)\s+(?P<city>.+?)\s*$"
)


def parse_address(text: str, recipient: str, country: str) -> Address:
    """ "12 rue des Lilas, 75011 Paris" → an ``Address`` (street, postal code and city)."""
    match = _ADDRESS_RE.match(text)
    if not match:
        raise ValueError('address must look like "12 rue des Lilas, 75011 Paris"')
    return Address(
        recipient=recipient,
        line1=match["line1"],
        postal_code=match["postal"],
        city=match["city"],
        country=country,
    )


@contextmanager
def _services(settings: Settings) -> Iterator:
    from skill.app import build_store, cached_content
    from skill.services import build_services

    store = build_store(settings)
    try:
        yield build_services(settings, cached_content(str(settings.content_dir)), store, time.time)
    finally:
        store.close()


def _pin(args: argparse.Namespace) -> str:
    return args.pin if args.pin else getpass.getpass("4-digit PIN: ")


def cmd_wallet_enroll(args: argparse.Namespace, settings: Settings) -> int:
    address = parse_address(args.address, args.name, args.country)
    with _services(settings) as services:
        view = services.wallets.enroll(
            owner_key(args.user, args.person), args.card, address, _pin(args)
        )
    print(f"enrolled: {view.default_method.spoken}, delivery to {view.address_short}")
    return 0


def cmd_wallet_show(args: argparse.Namespace, settings: Settings) -> int:
    with _services(settings) as services:
        view = services.wallets.show(owner_key(args.user, args.person))
    if view is None:
        print("no wallet for this user", file=sys.stderr)
        return 1
    for method in view.methods:
        default = " (default)" if method.is_default else ""
        print(f"card: {method.brand} •••• {method.last4}, expires {method.expiry}{default}")
    print(f"delivery: {view.address_short}")
    print(f"pin: {'LOCKED' if view.locked else f'{view.attempts_left} attempt(s) left'}")
    return 0


def cmd_wallet_reset_pin(args: argparse.Namespace, settings: Settings) -> int:
    with _services(settings) as services:
        services.wallets.reset_pin(owner_key(args.user, args.person), _pin(args))
    print("PIN reset; the wallet is unlocked")
    return 0


def cmd_orders_export(args: argparse.Namespace, settings: Settings) -> int:
    from payments.merchant_view import export_orders

    with _services(settings) as services:
        for record in export_orders(services.store):
            print(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return 0


def cmd_report_funnel(args: argparse.Namespace, settings: Settings) -> int:
    from skill.report import funnel, render_funnel

    with _services(settings) as services:
        print(render_funnel(funnel(services.store)))
    return 0


def _guarded(run: Callable[[argparse.Namespace, Settings], int]):
    """Domain refusals (a bad token, a wallet that exists) are one line, not a traceback."""

    def guarded(args: argparse.Namespace, settings: Settings) -> int:
        try:
            return run(args, settings)
        except (PaymentError, ValueError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 1

    return guarded


def register_wallet(commands: argparse._SubParsersAction) -> None:
    wallet = commands.add_parser("wallet", help="shoppers' wallets, out of band").add_subparsers(
        dest="action", required=True
    )
    for name, run, help_text in [
        ("enroll", cmd_wallet_enroll, "create a wallet: card token, address, PIN"),
        ("show", cmd_wallet_show, "show a wallet, masked"),
        ("reset-pin", cmd_wallet_reset_pin, "set a new PIN and unlock"),
    ]:
        parser = wallet.add_parser(name, help=help_text)
        parser.add_argument("--user", required=True, help="Alexa user id")
        parser.add_argument("--person", default=None, help="Alexa person id (voice profile)")
        if name == "enroll":
            parser.add_argument("--card", required=True, help="gateway token, e.g. tok_visa")
            parser.add_argument("--address", required=True, help='"12 rue des Lilas, 75011 Paris"')
            parser.add_argument("--name", default="Client", help="recipient's name")
            parser.add_argument("--country", default="FR")
        if name in ("enroll", "reset-pin"):
            parser.add_argument("--pin", default=None, help="4 digits (asked when omitted)")
        parser.set_defaults(run=_guarded(run))


def register_orders(commands: argparse._SubParsersAction) -> None:
    orders = commands.add_parser("orders", help="orders, the merchant's view").add_subparsers(
        dest="action", required=True
    )
    orders.add_parser(
        "export", help="paid orders as JSON lines, each with a one-time payment token"
    ).set_defaults(run=cmd_orders_export)


def register_report(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help="what sells").add_subparsers(
        dest="action", required=True
    )
    report.add_parser(
        "funnel", help="guides: started → completed → offered → accepted → bought"
    ).set_defaults(run=cmd_report_funnel)


REGISTER = [register_wallet, register_orders, register_report, register_donations]
