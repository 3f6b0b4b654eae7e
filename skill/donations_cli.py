"""``echoppe donations export --charity ID``: the charity's view of the gifts made to it.

One JSON line per gift not yet acknowledged, with exactly the fields of
``payments.donations.export_donations`` (a fresh one-time payment token each time; the donor's
name and address only when they asked for a tax receipt). Add ``register`` to
``skill.merchant_cli.REGISTER``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from skill.settings import Settings


def cmd_donations_export(args: argparse.Namespace, settings: Settings) -> int:
    from payments.donations import export_donations
    from skill.app import build_store, cached_content

    content = cached_content(str(settings.content_dir))
    if args.charity not in content.charities:
        known = ", ".join(content.charities) or "none"
        print(f"error: unknown charity {args.charity!r} (known: {known})", file=sys.stderr)
        return 1
    store = build_store(settings)
    try:
        for record in export_donations(store, args.charity, clock=time.time):
            print(json.dumps(record, ensure_ascii=False, sort_keys=True))
    finally:
        store.close()
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    donations = commands.add_parser(
        "donations", help="donations, each charity's view"
    ).add_subparsers(dest="action", required=True)
    export = donations.add_parser(
        "export", help="a charity's gifts as JSON lines, each with a one-time payment token"
    )
    export.add_argument("--charity", required=True, help="charity id from charities.yaml")
    export.set_defaults(run=cmd_donations_export)
