"""The ``echoppe`` command: content, models, the local server, the text simulator, and the
merchant's tools. Each subcommand is a small function over the composition root."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from content.yamlnodes import ContentErrors
from skill.settings import Settings, SettingsError
from store.base import StoreError


def _content(settings: Settings):
    from skill.app import cached_content

    return cached_content(str(settings.content_dir))


def cmd_content_check(args: argparse.Namespace, settings: Settings) -> int:
    from skill.interaction_model import sample_problems

    content = _content(settings)
    problems = sample_problems(content)
    if problems:
        raise ContentErrors(problems)
    counts = ", ".join(f"{loc}: {len(content.catalogs[loc])} products" for loc in content.locales)
    print(
        f"content OK: {content.folder}: {len(content.guides)} guides, {counts}, "
        f"{len(content.charities)} charities, {len(content.materials)} materials"
    )
    for warning in content.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def cmd_models_build(args: argparse.Namespace, settings: Settings) -> int:
    from skill.skill_package import build_package, check_package

    content = _content(settings)
    for path in build_package(content, settings):
        print(f"wrote {path}")
    problems = check_package(content, settings)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def cmd_models_check(args: argparse.Namespace, settings: Settings) -> int:
    from skill.skill_package import check_package

    problems = check_package(_content(settings), settings)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print("skill package OK (skill.json and interaction models)")
    return 1 if problems else 0


def cmd_seed(args: argparse.Namespace, settings: Settings) -> int:
    from skill.seed import seed

    for line in seed(settings):
        print(line)
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from skill.app import build_skill
    from skill.logs import configure_logging
    from skill.webservice import create_app, warn_dev_mode

    configure_logging(settings)
    skill = build_skill(settings)
    if args.dev:
        warn_dev_mode()
    app = create_app(skill, verify=not args.dev)
    from web.app import init_web

    init_web(app, settings, services=skill.services, dev=args.dev)
    host = "localhost" if args.host == "127.0.0.1" else args.host
    print(f"echoppe listening on http://{host}:{args.port}/alexa (store: {settings.store})")
    print(f"shopper pages: open http://{host}:{args.port}/signup")
    print(f"merchant console: open http://{host}:{args.port}/console")
    if args.dev:
        from merchants.dev import dev_merchant

        email, password = dev_merchant(skill.services.store, settings.db_path.parent)
        print(f"  DEV ONLY merchant owner: {email} / {password} (echoppe console user add ...)")
    if args.dev and settings.mail == "outbox":
        print(f"e-mails (sign-in codes): http://{host}:{args.port}/dev/outbox")
    app.run(host=args.host, port=args.port, threaded=True)
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from skill.app import build_skill
    from skill.simulator import Simulator

    locale = args.locale
    content = _content(settings)
    if locale not in content.locales:
        print(f"unknown locale {locale}; use one of {', '.join(content.locales)}", file=sys.stderr)
        return 2
    simulator = Simulator(build_skill(settings), locale, user_id=args.user, person_id=args.person)
    interactive = sys.stdin.isatty()
    if not args.no_launch:
        print(f"alexa> {simulator.launch()}")
    while True:
        try:
            line = input("you> " if interactive else "")
        except EOFError:
            break
        if not line.strip():
            continue
        if not interactive:
            print(f"you> {line}")
        print(f"alexa> {simulator.say(line)}")
        card = simulator.card
        if card:
            print(f"[card] {card.get('title')}: {card.get('content')}")
        if simulator.ended:
            print("(session ended)")
    simulator.end()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="echoppe", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    content = commands.add_parser("content", help="merchant content").add_subparsers(
        dest="action", required=True
    )
    content.add_parser("check", help="check the content folder").set_defaults(run=cmd_content_check)

    models = commands.add_parser("models", help="interaction models").add_subparsers(
        dest="action", required=True
    )
    models.add_parser(
        "build", help="write skill-package/ (skill.json, interactionModels/custom/<locale>.json)"
    ).set_defaults(run=cmd_models_build)
    models.add_parser(
        "check", help="fail if the skill package is stale or breaks Alexa's rules"
    ).set_defaults(run=cmd_models_check)

    commands.add_parser("seed", help="prepare the local store and demo wallet").set_defaults(
        run=cmd_seed
    )

    serve = commands.add_parser(
        "serve", help="run the web service (POST /alexa) and the shopper pages"
    )
    serve.add_argument("--dev", action="store_true", help="do NOT verify Alexa signatures")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.set_defaults(run=cmd_serve)

    chat = commands.add_parser("chat", help="talk to the skill by typing")
    chat.add_argument("--locale", default="fr-FR")
    chat.add_argument("--user", default="amzn1.ask.account.SIMULATOR")
    chat.add_argument("--person", default=None)
    chat.add_argument("--no-launch", action="store_true", help="do not open with a LaunchRequest")
    chat.set_defaults(run=cmd_chat)

    from catalog.cli import register as register_catalog

    register_catalog(commands)
    for register in _merchant_commands():
        register(commands)
    return parser


def _merchant_commands() -> Sequence[Callable[[argparse._SubParsersAction], None]]:
    from skill.merchant_cli import REGISTER

    return REGISTER


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
        if hasattr(args, "run"):
            return args.run(args, settings)
        return args.func(args)
    except SettingsError as error:
        print(f"setting error: {error}", file=sys.stderr)
        return 2
    except StoreError as error:
        print(f"store error: {error}", file=sys.stderr)
        return 2
    except ContentErrors as problems:
        for problem in problems.errors:
            print(problem, file=sys.stderr)
        print(f"{len(problems.errors)} content error(s); nothing was loaded", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
