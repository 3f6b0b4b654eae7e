"""What an ``echoppe`` subcommand is, and how it reports a refusal of the domain (a bad token, a
wallet that exists, an unknown user): one line on stderr and exit status 1, not a traceback."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from skill.settings import Settings

Command = Callable[[argparse.Namespace, Settings], int]


def refusing(*errors: type[Exception]) -> Callable[[Command], Command]:
    """A decorator: ``errors`` raised by the command are said in one line, exit status 1."""

    def wrap(run: Command) -> Command:
        def guarded(args: argparse.Namespace, settings: Settings) -> int:
            try:
                return run(args, settings)
            except errors as error:
                print(f"error: {error}", file=sys.stderr)
                return 1

        return guarded

    return wrap
