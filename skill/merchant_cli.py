"""The merchant's subcommands of ``echoppe``: the funnel and campaigns reports, the segments'
refresh, the daily run, wallets (out of band), and the orders export and list. Wallet commands
stand in for the merchant's account-linking web page."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from payments.address import Address
from payments.address import parse_address as parse_address_text
from payments.errors import PaymentError
from payments.orders import OrderStatus
from skill.commands import refusing
from skill.donations_cli import register as register_donations
from skill.settings import Settings
from skill.state import owner_key


def parse_address(text: str, recipient: str, country: str) -> Address:
    """ "12 rue des Lilas, 75011 Paris" (FR) or "350 Fifth Avenue, New York, NY 10118" (US) →
    an ``Address``; the format follows ``country`` (see ``payments.address.parse_address``)."""
    return parse_address_text(text, recipient, country)


@contextmanager
def _services(settings: Settings) -> Iterator:
    from skill.app import build_store, live_content
    from skill.services import build_services

    store = build_store(settings)
    try:
        content = live_content(settings, store).get()  # what shoppers hear: published last
        yield build_services(settings, content, store, time.time)
    finally:
        store.close()


def _pin(args: argparse.Namespace) -> str:
    """The PIN, from a prompt on a terminal or one line of stdin (``--pin-stdin``): never from
    the command line, where shell history and ``ps`` would keep it."""
    if args.pin_stdin:
        return sys.stdin.readline().strip()
    if not sys.stdin.isatty():
        raise ValueError("no terminal to ask the PIN on: pipe it with --pin-stdin")
    first = getpass.getpass("4-digit PIN: ")
    if getpass.getpass("again: ") != first:
        raise ValueError("the two PINs differ")
    return first


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


def cmd_orders_list(args: argparse.Namespace, settings: Settings) -> int:
    from payments.merchant_view import list_orders

    with _services(settings) as services:
        for record in list_orders(services.store, OrderStatus(args.status), limit=args.limit):
            print(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return 0


def cmd_report_funnel(args: argparse.Namespace, settings: Settings) -> int:
    from reports.daily import Reports
    from reports.days import DayRange, day_of, parse_day
    from skill.report import render_funnel

    last = parse_day(args.to) if args.to else day_of(time.time())
    days = DayRange(parse_day(args.since), last) if args.since else DayRange.ending(last, args.days)
    with _services(settings) as services:
        print(render_funnel(Reports(services.store).funnel(days), by_day=args.by_day))
    return 0


def _days(args: argparse.Namespace):  # -> reports.days.DayRange
    from reports.days import DayRange, day_of, parse_day

    last = parse_day(args.to) if args.to else day_of(time.time())
    return DayRange(parse_day(args.since), last) if args.since else DayRange.ending(last, args.days)


def cmd_report_campaigns(args: argparse.Namespace, settings: Settings) -> int:
    from marketing.report import campaigns_report, render

    days = _days(args)
    with _services(settings) as services:
        content = services.content
        locale = args.locale or content.settings.default_locale
        rows = campaigns_report(services.store, content.marketing, days, locale)
    print(render(rows, days))
    return 0


def cmd_segments_refresh(args: argparse.Namespace, settings: Settings) -> int:
    from marketing.thresholds import refresh
    from skill.daily import thresholds_line

    with _services(settings) as services:
        rules = services.content.marketing.segments
        print(thresholds_line(refresh(services.store, rules, time.time())))
    return 0


def cmd_daily(args: argparse.Namespace, settings: Settings) -> int:
    from skill.daily import run_daily

    with _services(settings) as services:
        print("\n".join(run_daily(services).lines()))
    return 0


def cmd_rewards_resume_matches(args: argparse.Namespace, settings: Settings) -> int:
    with _services(settings) as services:
        pending = services.matches.pending()
        for match in pending:
            result = services.matches.resume(match.donation_id)
            print(f"{match.match_id}: {match.amount} to {match.charity_id}: {result.status.value}")
    print(f"{len(pending)} matched gift(s) were pending")
    return 0


_guarded = refusing(PaymentError, ValueError)


def register_wallet(commands: argparse._SubParsersAction) -> None:
    wallet = commands.add_parser("wallet", help="shoppers' wallets, out of band").add_subparsers(
        dest="action", required=True
    )
    for name, run, help_text in [
        ("enroll", cmd_wallet_enroll, "create a wallet: card token, address, PIN"),
        ("show", cmd_wallet_show, "show a wallet, masked"),
        ("reset-pin", cmd_wallet_reset_pin, "set a new PIN and unlock"),
    ]:
        parser = wallet.add_parser(name, help=help_text, allow_abbrev=False)
        parser.add_argument("--user", required=True, help="Alexa user id")
        parser.add_argument("--person", default=None, help="Alexa person id (voice profile)")
        if name == "enroll":
            parser.add_argument("--card", required=True, help="gateway token, e.g. tok_visa")
            parser.add_argument(
                "--address",
                required=True,
                help='"12 rue des Lilas, 75011 Paris" or "350 Fifth Avenue, New York, NY 10118"',
            )
            parser.add_argument("--name", default="Client", help="recipient's name")
            parser.add_argument("--country", default="FR", help="FR or US (ISO code)")
        if name in ("enroll", "reset-pin"):
            parser.add_argument(
                "--pin-stdin",
                action="store_true",
                help="read the 4-digit PIN from the first line of stdin (else it is asked)",
            )
        parser.set_defaults(run=_guarded(run))


def register_orders(commands: argparse._SubParsersAction) -> None:
    orders = commands.add_parser("orders", help="orders, the merchant's view").add_subparsers(
        dest="action", required=True
    )
    orders.add_parser(
        "export", help="paid orders as JSON lines, each with a one-time payment token"
    ).set_defaults(run=cmd_orders_export)
    listing = orders.add_parser(
        "list", help="orders of one status as JSON lines, oldest first (no shopper data)"
    )
    listing.add_argument(
        "--status",
        required=True,
        choices=[status.value for status in OrderStatus],
        help="pending: payment outcome unknown; failed: declined; paid; shipped; cancelled:"
        " closed before any money moved; refunded",
    )
    listing.add_argument("--limit", type=int, default=None, help="at most this many")
    listing.set_defaults(run=cmd_orders_list)


def register_report(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help="what sells").add_subparsers(
        dest="action", required=True
    )
    funnel = report.add_parser(
        "funnel",
        help="per guide: started → finished, offered → accepted → carts → orders, revenue;"
        " sales and donations (UTC days)",
    )
    funnel.add_argument("--from", dest="since", default=None, help="first day, YYYY-MM-DD")
    funnel.add_argument("--to", default=None, help="last day, YYYY-MM-DD (default: today)")
    funnel.add_argument("--days", type=int, default=30, help="without --from: this many days")
    funnel.add_argument("--by-day", action="store_true", help="one table per day")
    funnel.set_defaults(run=_guarded(cmd_report_funnel))
    campaigns = report.add_parser(
        "campaigns",
        help="per campaign and reward: reached, actions, redeemed, orders, revenue, cost,"
        " cost per action and per new shopper (UTC days)",
    )
    campaigns.add_argument("--from", dest="since", default=None, help="first day, YYYY-MM-DD")
    campaigns.add_argument("--to", default=None, help="last day, YYYY-MM-DD (default: today)")
    campaigns.add_argument("--days", type=int, default=30, help="without --from: this many days")
    campaigns.add_argument("--locale", default=None, help="labels in this locale")
    campaigns.set_defaults(run=_guarded(cmd_report_campaigns))


def register_rewards(commands: argparse._SubParsersAction) -> None:
    rewards = commands.add_parser("rewards", help="shoppers' rewards").add_subparsers(
        dest="action", required=True
    )
    rewards.add_parser(
        "resume-matches",
        help="charge again, with the same key, the merchant's matched gifts the gateway did not"
        " answer",
    ).set_defaults(run=_guarded(cmd_rewards_resume_matches))


def register_segments(commands: argparse._SubParsersAction) -> None:
    segments = commands.add_parser(
        "segments", help="shopper segments (campaigns.yaml)"
    ).add_subparsers(dest="action", required=True)
    segments.add_parser(
        "refresh",
        help="compute the top spenders' cut over the merchant's orders (one query, one write);"
        " run it daily",
    ).set_defaults(run=_guarded(cmd_segments_refresh))


def register_daily(commands: argparse._SubParsersAction) -> None:
    commands.add_parser(
        "daily",
        help="once a day (cron, or the DailyFunction on AWS): the segments' cut, matched gifts"
        " to resume, the funnel's closed days kept",
    ).set_defaults(run=_guarded(cmd_daily))


def register_console(commands: argparse._SubParsersAction) -> None:
    from merchants.cli import register

    register(commands)


REGISTER = [
    register_wallet,
    register_orders,
    register_report,
    register_segments,
    register_rewards,
    register_daily,
    register_donations,
    register_console,
]
