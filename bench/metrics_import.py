"""What metrics cost on a cold start: importing ``skill.metrics`` against Powertools' ``Metrics``.

Each figure is the median over ``--runs`` new processes of the time to import the module, measured
inside the child after it has imported the skill path (``skill.app``, untimed): the marginal cost
on a cold start, what the standard library and the skill already loaded being free. Powertools is not a dependency: it is
timed only if ``--powertools DIR`` names a folder it was installed into, e.g.
``pip install --target /tmp/powertools aws-lambda-powertools``.

Run: ``python -m bench.metrics_import [--runs 15] [--powertools /tmp/powertools]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CHILD = (
    "import time, skill.app; started = time.perf_counter(); {statement}; "
    "print(time.perf_counter() - started)"
)


def import_ms(statement: str, runs: int, path: str = "") -> float:
    """Median milliseconds to run ``statement`` (an import) in a new process."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (path, str(ROOT)) if p)}
    code = _CHILD.format(statement=statement)
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    samples = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
        )
        samples.append(float(done.stdout.strip()) * 1000)
    return statistics.median(samples)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--powertools", default="", help="folder aws-lambda-powertools is in")
    args = parser.parse_args(argv)
    print(f"metrics import cost, new process each time, median of {args.runs}")
    ours = import_ms("import skill.metrics", args.runs)
    print(f"  skill.metrics (EMF written directly): {ours:6.1f} ms")
    if args.powertools:
        theirs = import_ms(
            "from aws_lambda_powertools import Metrics", args.runs, path=args.powertools
        )
        print(f"  aws_lambda_powertools.Metrics:        {theirs:6.1f} ms")
    else:
        print("  (Powertools not timed: pass --powertools DIR, see the module's docstring)")


if __name__ == "__main__":
    main()
