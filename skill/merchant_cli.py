"""The merchant's subcommands of ``echoppe``: reports, wallet, orders and donations exports."""

from __future__ import annotations

import argparse

from skill.settings import Settings


def cmd_report_funnel(args: argparse.Namespace, settings: Settings) -> int:
    from skill.app import build_store
    from skill.report import funnel, render_funnel

    store = build_store(settings)
    try:
        print(render_funnel(funnel(store)))
    finally:
        store.close()
    return 0


def register_report(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help="what sells").add_subparsers(
        dest="action", required=True
    )
    report.add_parser(
        "funnel", help="guides: started → completed → offered → accepted → bought"
    ).set_defaults(run=cmd_report_funnel)


REGISTER = [register_report]
