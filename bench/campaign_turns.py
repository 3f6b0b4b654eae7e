"""Turns with campaigns loaded: latency and DynamoDB requests, with and without 100 campaigns
and 100 reward rules.

The same scripted dialogs as ``bench.skill_turns`` (launch, the red wine guide to its end with
its offer, products, the cart; no turn moves money) run on two skills over each backend: one on
the example content without ``campaigns.yaml``, one with a generated ``campaigns.yaml`` of 100
campaigns and 100 reward rules. The last campaign in the file is the one a new shopper gets
(all products, with a budget), so every offer scans the other 99 first and says it; the last
reward rule rewards finishing the red wine guide, so the dialog earns a reward (its record
rides in the turn's state write) after every rule was checked. Rounds alternate the two
skills so that machine noise hits both alike; the first round warms up (it also takes the
process's look at the campaigns' budgets, ``marketing.budgets``, made at most once a minute).

Printed: p50 / p99 per backend and variant, the change of the p50 (target: at most 10 %), and
the DynamoDB requests per turn of the loaded variant (budget: 2 for a non-payment turn).

Run: ``python -m bench.campaign_turns [--rounds 16]`` (a p50 near 1.5 ms moves by a tenth of a
millisecond between runs: fewer rounds printed changes of ±15 % with nothing changed).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from pynamodb.exceptions import TableError

from bench.skill_turns import (
    DIALOGS,
    REQUEST_BUDGET,
    TurnResult,
    _dynamo_store,
    _dynamodb_endpoint,
    _failures,
    run_dialog,
    script,
)
from bench.store import percentile
from skill.app import EchoppeSkill, build_skill
from skill.settings import Settings
from store.base import Store
from store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "content" / "example"
CAMPAIGNS = 100
RULES = 100
TARGET = 0.10
TEXT = (
    '{fr-FR: {label: "Offre %(n)s", say: "Offre %(n)s : une remise pour vous."},'
    ' en-US: {label: "Offer %(n)s", say: "Offer %(n)s: a discount for you."}}'
)
GUIDES = ("coffee", "grass", "ink", "blood", "rust", "sweat", "chocolate", "grease")
OTHER_SEGMENTS = ("top", "lapsed", "donor", "active")


def generated(campaigns: int = CAMPAIGNS, rules: int = RULES) -> str:
    """A ``campaigns.yaml``: the last campaign and the last rule are the dialog's."""
    lines = ["segments: {active_days: 90, lapsed_days: 180, top_share: 10}", "campaigns:"]
    for n in range(1, campaigns + 1):
        last = n == campaigns
        segment = "new" if last else OTHER_SEGMENTS[n % len(OTHER_SEGMENTS)]
        products = "all" if last or n % 3 else "[savon-fiel, stick-detachant]"
        lines += [
            f"  - id: c{n:03d}",
            f"    segments: [{segment}]",
            f"    discount: {{percent: {5 + n % 20}}}",
            f"    products: {products}",
            "    from: 2026-01-01",
            "    until: 2027-12-31",
            "    per_shopper: 1",
            '    budget: ["1000.00 EUR", "1000.00 USD"]',
            f"    text: {TEXT % {'n': n}}",
        ]
    lines.append("rewards:")
    for n in range(1, rules + 1):
        kind = n % 4
        if n == rules:
            action = "{guide_finished: [red-wine]}"
        elif kind == 0:
            action = f"{{guide_finished: [{GUIDES[n % len(GUIDES)]}]}}"
        elif kind == 1:
            action = f"{{order: {2 + n % 5}}}"
        elif kind == 2:
            action = f"{{count: guide_finished, times: {3 + n % 4}, within_days: 30}}"
        else:
            action = "donation"
        lines += [
            f"  - id: r{n:03d}",
            f"    action: {action}",
            "    reward:",
            "      top: {free_product: savon-fiel}",
            '      donor: {match: {percent: 100, max: ["10.00 EUR", "10.00 USD"]}}',
            f"      everyone: {{discount: {{percent: {5 + n % 10}}}}}",
            "    from: 2026-01-01",
            "    until: 2027-12-31",
            "    expires_days: 30",
            f'    text: {{fr-FR: {{label: "Cadeau {n}"}}, en-US: {{label: "Gift {n}"}}}}',
        ]
    return "\n".join(lines) + "\n"


def folders(tmp: Path) -> dict[str, Path]:
    without = tmp / "without"
    shutil.copytree(EXAMPLE, without)
    (without / "campaigns.yaml").unlink(missing_ok=True)
    loaded = tmp / "loaded"
    shutil.copytree(EXAMPLE, loaded)
    (loaded / "campaigns.yaml").write_text(generated(), encoding="utf-8")
    return {"without campaigns": without, f"{CAMPAIGNS} campaigns + {RULES} rules": loaded}


def skills(folders: dict[str, Path], store: Store, tmp: Path) -> dict[str, EchoppeSkill]:
    built = {}
    for name, folder in folders.items():
        settings = Settings(content_dir=folder, db_path=tmp / f"{folder.name}.sqlite3")
        built[name] = build_skill(settings, store=store)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="turns with 100 campaigns and 100 reward rules")
    parser.add_argument("--rounds", type=int, default=16, help="measured dialogs per locale")
    args = parser.parse_args(argv)
    os.environ.setdefault("AWS_EC2_METADATA_DISABLED", "true")
    with tempfile.TemporaryDirectory() as tmp_name, _dynamodb_endpoint() as endpoint:
        tmp = Path(tmp_name)
        content = folders(tmp)
        sqlite = SQLiteStore(tmp / "turns.sqlite3")
        dynamo = _dynamo_store(f"echoppe-bench-campaigns-{os.getpid()}", endpoint)
        try:
            dynamo.create_table(ttl=False)
        except TableError as exc:  # a first try that timed out on a busy machine, then landed
            if "preexisting" not in str(exc):
                raise
        backends: dict[str, Store] = {"sqlite": sqlite, "dynamodb-local": dynamo}
        results: dict[tuple[str, str], list[TurnResult]] = {}
        last: dict[tuple[str, str], list[TurnResult]] = {}
        try:
            for backend, store in backends.items():
                variants = skills(content, store, tmp)
                first = next(iter(variants.values()))
                dialogs = {locale: script(first, locale) for locale in DIALOGS}
                for round_number in range(args.rounds + 1):
                    for name, skill in variants.items():
                        said: list[TurnResult] = []
                        for dialog in dialogs.values():
                            said += run_dialog(skill, dialog, store)
                        if round_number > 0:
                            results.setdefault((backend, name), []).extend(said)
                        last[(backend, name)] = said
        finally:
            dynamo.delete_table()
            dynamo.close()
            sqlite.close()
    report(results, last, args.rounds)
    return 0


def report(
    results: dict[tuple[str, str], list[TurnResult]],
    last: dict[tuple[str, str], list[TurnResult]],
    rounds: int,
) -> None:
    failures = sorted({f for said in results.values() for f in _failures(said)})
    for failure in failures:
        print(f"  WARNING: a turn failed: {failure}")
    turns = len(next(iter(results.values())))
    print(
        f"per-turn latency with and without campaigns ({len(DIALOGS)} locales x"
        f" {len(DIALOGS['en-US'])} turns x {rounds} rounds = {turns} turns per variant)"
    )
    medians: dict[tuple[str, str], float] = {}
    means: dict[tuple[str, str], float] = {}
    for (backend, name), said in results.items():
        seconds = [r.seconds for r in said]
        medians[(backend, name)] = percentile(seconds, 0.5)
        means[(backend, name)] = statistics.mean(seconds)
        print(
            f"  {backend:<15} {name:<30} p50 {percentile(seconds, 0.5) * 1000:6.2f} ms"
            f"   p99 {percentile(seconds, 0.99) * 1000:6.2f} ms"
            f"   mean {statistics.mean(seconds) * 1000:6.2f} ms"
        )
    names = list(dict.fromkeys(name for _, name in results))
    for backend in dict.fromkeys(b for b, _ in results):
        change = medians[(backend, names[1])] / medians[(backend, names[0])] - 1
        mean = means[(backend, names[1])] / means[(backend, names[0])] - 1
        verdict = "ok" if change <= TARGET else "ABOVE TARGET"
        print(
            f"  {backend}: p50 moved by {change:+.1%} (mean {mean:+.1%}) with {names[1]}"
            f" (target <= +{TARGET:.0%}: {verdict})"
        )
    dynamo_last = last[("dynamodb-local", names[1])]
    counts = [sum(r.requests.values()) for r in dynamo_last]
    verdict = "ok" if max(counts) <= REQUEST_BUDGET else "OVER BUDGET"
    print(
        f"  DynamoDB requests per non-payment turn with {names[1]}, last round: max {max(counts)},"
        f" mean {statistics.mean(counts):.2f} (budget <= {REQUEST_BUDGET}: {verdict})"
    )
    spoken = " | ".join(r.speech for r in dynamo_last)
    heard = "Offer 100: a discount" in spoken and "Offre 100 : une remise" in spoken
    earned = "you earned a reward" in spoken and "vous gagnez une récompense" in spoken
    print(f"  the dialogs heard the 100th campaign with the offer: {heard};"
          f" earned the 100th rule's reward: {earned}")  # fmt: skip
    for result in dynamo_last:
        total = sum(result.requests.values())
        if total > REQUEST_BUDGET:
            print(
                f"  over budget: {result.turn.locale} {result.turn.said!r}: {dict(result.requests)}"
            )


if __name__ == "__main__":
    sys.exit(main())
