"""The skill end to end: cold start, per-turn latency, and DynamoDB requests per turn.

1. **Cold start**: a new Python process imports ``lambda/lambda_function.py`` (as the Lambda
   runtime does, from the package root) and answers one LaunchRequest through ``lambda_handler``
   on a SQLite file in a temporary folder. The yardstick, timed the same way in the same run, is
   ``bench/hello_skill.py``: an ASK SDK hello-world that imports pynamodb and defines a Model.
   Each figure is the median over ``--runs`` processes, from spawn to the response line read by
   this process (interpreter start-up included, identical for both), after one unmeasured run of
   each so that both read compiled ``.pyc`` files (the children run without
   ``PYTHONDONTWRITEBYTECODE``: with it, echoppe's own modules would be compiled from source on
   every run, the yardstick's installed ones never). The target is echoppe / hello <= 1.25. For
   information, echoppe is also timed on DynamoDB Local, as on Lambda (``ECHOPPE_STORE=dynamodb``
   imports pynamodb and botocore and calls ``DescribeTable`` once at start-up).
2. **Per-turn latency**, in process, over a scripted 20-turn dialog per locale (launch, a guide with
   its material, next x3, previous, repeat, product info, add to cart, an ambiguous product and the
   choice, review, remove, help, start over, add again, stop), sent as real envelopes through the
   simulator (text is mapped to requests before timing): p50 and p99 per backend, SQLite and
   DynamoDB Local side by side. Each round is a new shopper; the first round warms up.
3. **DynamoDB requests per turn**, on DynamoDB Local, counted with ``bench.store.counting``
   (botocore's ``before-call`` hook on the store's client): the budget of a non-payment turn is one
   read and one conditional write.

Run: ``python -m bench.skill_turns [--runs 11] [--rounds 4]``. DynamoDB Local is started and
stopped here unless ``ECHOPPE_TEST_DYNAMODB_ENDPOINT`` names a running one.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.store import counting, percentile
from skill import envelopes
from skill.app import EchoppeSkill, build_skill
from skill.settings import Settings
from skill.simulator import Simulator
from skill.speech import Speaker, plain
from store.base import Store
from store.dynamodb import DynamoStore
from store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.25
REQUEST_BUDGET = 2
"""A non-payment turn: one read and one conditional write."""
REGION = "us-east-1"
LOCAL_CREDENTIALS = ("local", "local")

# --- 1. cold start -------------------------------------------------------------------------------

_CHILD = """\
import importlib, json, sys, time
started = time.perf_counter()
module = importlib.import_module(sys.argv[1])
imported = time.perf_counter()
response = module.lambda_handler(json.loads(sys.argv[2]), None)
answered = time.perf_counter()
speech = (response.get("response", {}).get("outputSpeech") or {}).get("ssml", "")
print(json.dumps({"import": imported - started, "first": answered - imported, "speech": speech}),
      flush=True)
"""
"""The child process: import the handler's module, answer one event, report the split."""


_SPLIT_CHILD = """\
import importlib, json, sys, time
module = importlib.import_module("lambda.lambda_function")
import yaml
import skill.app as app
spent = {}
def timed(name, function, owner):
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - started
    setattr(owner, function.__name__, wrapper)
timed("yaml", yaml.compose, yaml)
timed("yaml", yaml.safe_load, yaml)
for name in ("cached_content", "build_store", "build_services"):
    timed(name, getattr(app, name), app)
started = time.perf_counter()
module.lambda_handler(json.loads(sys.argv[1]), None)
spent["first"] = time.perf_counter() - started
print(json.dumps(spent), flush=True)
"""
"""Where echoppe's first call goes: content, store, services, the rest; and YAML parsing in all."""


@dataclass
class ColdRun:
    wall: float
    """Seconds from spawn to the response line: interpreter start, imports, first answer."""
    imports: float
    first_call: float


@dataclass
class ColdStart:
    name: str
    module: str
    env: dict[str, str]
    runs: list[ColdRun] = field(default_factory=list)

    def median(self, attribute: str) -> float:
        return statistics.median(getattr(run, attribute) for run in self.runs)


def _child_env(variant: ColdStart) -> dict[str, str]:
    env = {**os.environ, **variant.env}
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _cold_run(variant: ColdStart, event: dict[str, Any]) -> ColdRun:
    env = _child_env(variant)
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, variant.module, json.dumps(event)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = child.stdout.readline()
    wall = time.perf_counter() - started
    _, errors = child.communicate()
    if child.returncode != 0 or not line:
        raise RuntimeError(f"{variant.name}: cold start failed ({child.returncode}):\n{errors}")
    report = json.loads(line)
    if not report["speech"]:
        raise RuntimeError(f"{variant.name}: the LaunchRequest got no speech: {report}")
    return ColdRun(wall, report["import"], report["first"])


def cold_start(runs: int, tmp: Path, dynamodb_endpoint: str | None) -> None:
    event = envelopes.envelope(
        envelopes.launch_request("en-US"),
        user_id="amzn1.ask.account.COLDSTART",
        session_id="amzn1.echo-api.session.COLDSTART",
        new=True,
    )
    lambda_env = {"ECHOPPE_LOG_FORMAT": "json", "SKILL_ID": ""}
    variants = [
        ColdStart(
            "echoppe (SQLite)",
            "lambda.lambda_function",
            {**lambda_env, "ECHOPPE_STORE": "sqlite", "ECHOPPE_DB": str(tmp / "cold.sqlite3")},
        ),
        ColdStart("hello (ask-sdk-core + pynamodb)", "bench.hello_skill", {}),
    ]
    if dynamodb_endpoint:
        table = f"echoppe-bench-cold-{os.getpid()}"
        store = _dynamo_store(table, dynamodb_endpoint)
        store.create_table(ttl=False)
        store.close()
        variants.append(
            ColdStart(
                "echoppe (DynamoDB Local)",
                "lambda.lambda_function",
                {
                    **lambda_env,
                    "ECHOPPE_STORE": "dynamodb",
                    "ECHOPPE_TABLE": table,
                    "ECHOPPE_DYNAMODB_ENDPOINT": dynamodb_endpoint,
                    "AWS_REGION": REGION,
                    "AWS_ACCESS_KEY_ID": LOCAL_CREDENTIALS[0],
                    "AWS_SECRET_ACCESS_KEY": LOCAL_CREDENTIALS[1],
                },
            )
        )
    for variant in variants:
        _cold_run(variant, event)  # unmeasured: compiles .pyc, creates the SQLite file
    for _ in range(runs):
        for variant in variants:  # interleaved, so that machine noise hits all alike
            variant.runs.append(_cold_run(variant, event))

    print(f"cold start: new process -> first LaunchRequest response, median of {runs} runs")
    for variant in variants:
        print(
            f"  {variant.name:<34} {variant.median('wall') * 1000:6.0f} ms"
            f"   (imports {variant.median('imports') * 1000:4.0f} ms,"
            f" first call {variant.median('first_call') * 1000:4.0f} ms)"
        )
    _print_split(variants[0], event)
    ratio = variants[0].median("wall") / variants[1].median("wall")
    verdict = "ok" if ratio <= TARGET_RATIO else "ABOVE TARGET"
    print(f"  ratio echoppe (SQLite) / hello: {ratio:.2f} (target <= {TARGET_RATIO}: {verdict})")
    if dynamodb_endpoint:
        store = _dynamo_store(f"echoppe-bench-cold-{os.getpid()}", dynamodb_endpoint)
        store.delete_table()
        store.close()


def _print_split(variant: ColdStart, event: dict[str, Any], runs: int = 3) -> None:
    """One line: what echoppe's first call spends, median of ``runs`` more processes."""
    env = _child_env(variant)
    samples: list[dict[str, float]] = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", _SPLIT_CHILD, json.dumps(event)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        samples.append(json.loads(done.stdout.splitlines()[-1]))

    def ms(name: str) -> float:
        return statistics.median(sample.get(name, 0.0) for sample in samples) * 1000

    content, yaml_ms, store, services = (
        ms("cached_content"),
        ms("yaml"),
        ms("build_store"),
        ms("build_services"),
    )
    rest = ms("first") - content - store - services
    print(
        f"    its first call: content {content:.0f} ms, store {store:.0f} ms,"
        f" services (indexes) {services:.0f} ms, first turn and the rest {rest:.0f} ms;"
        f" YAML parsing within these: {yaml_ms:.0f} ms"
    )


# --- 2 and 3. a scripted dialog, per turn ---------------------------------------------------------

DIALOGS: dict[str, list[str]] = {
    "en-US": [
        "<launch>",
        "how do I remove a red wine stain",
        "cotton",
        "next",
        "next",
        "next",
        "previous",
        "repeat",
        "tell me about the oxygen spray",
        "add the oxygen spray to my cart",
        "add soap",
        "the second one",
        "what's in my cart",
        "remove the oxygen spray",
        "help",
        "what do I need",
        "start over",
        "add two stain sticks",
        "review my cart",
        "stop",
    ],
    "fr-FR": [
        "<launch>",
        "comment enlever une tache de vin rouge",
        "coton",
        "suivant",
        "suivant",
        "suivant",
        "précédent",
        "répète",
        "parle-moi du spray oxygène",
        "ajoute le spray oxygène au panier",
        "ajoute du savon",
        "lavande",
        "qu'est-ce qu'il y a dans mon panier",
        "retire le spray oxygène du panier",
        "aide",
        "de quoi ai-je besoin",
        "recommence",
        "ajoute deux sticks détachants",
        "mon panier",
        "stop",
    ],
}
"""One shopper's session per locale: no turn moves money."""


@dataclass
class ScriptedTurn:
    locale: str
    said: str
    request: dict[str, Any]

    @property
    def label(self) -> str:
        if self.request["type"] != "IntentRequest":
            return self.request["type"]
        return self.request["intent"]["name"].removeprefix("AMAZON.")


@dataclass
class TurnResult:
    turn: ScriptedTurn
    seconds: float
    logged_ms: float | None
    requests: Counter[str]
    speech: str


class _TurnLog(logging.Handler):
    """Keeps the ``latency_ms`` of echoppe's per-turn log line."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.latencies: list[float] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage() == "turn" and hasattr(record, "latency_ms"):
            self.latencies.append(record.latency_ms)


@contextmanager
def _turn_log() -> Iterator[_TurnLog]:
    logger = logging.getLogger("echoppe.skill")
    handler, level, propagate = _TurnLog(), logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate


def script(skill: EchoppeSkill, locale: str) -> list[ScriptedTurn]:
    """The dialog's requests, mapped from text once (the NLU is not what is timed)."""
    nlu = Simulator(skill, locale).nlu
    turns = []
    for said in DIALOGS[locale]:
        if said == "<launch>":
            request = envelopes.launch_request(locale)
        else:
            understood = nlu.understand(said)
            request = envelopes.intent_request(locale, understood.intent, understood.slots)
        turns.append(ScriptedTurn(locale, said, request))
    return turns


def run_dialog(skill: EchoppeSkill, turns: list[ScriptedTurn], store: Store) -> list[TurnResult]:
    """One new shopper says the dialog; each turn timed around ``invoke_json`` (plus the
    envelope's dict), with its DynamoDB requests counted when the store is DynamoDB."""
    shopper = Simulator(skill, turns[0].locale, user_id=f"amzn1.ask.account.{uuid.uuid4().hex}")
    results = []
    with _turn_log() as log:
        for turn in turns:
            request = {**turn.request, "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}"}
            logged = len(log.latencies)
            if isinstance(store, DynamoStore):
                with counting(store) as requests:
                    started = time.perf_counter()
                    response = shopper.send(request)
                    seconds = time.perf_counter() - started
            else:
                requests = Counter()
                started = time.perf_counter()
                response = shopper.send(request)
                seconds = time.perf_counter() - started
            results.append(
                TurnResult(
                    turn,
                    seconds,
                    log.latencies[logged] if len(log.latencies) > logged else None,
                    Counter(requests),
                    Simulator.speech(response),
                )
            )
    return results


def _failures(results: list[TurnResult]) -> list[str]:
    """Turns answered with the generic error or "unavailable": the bench would time failures."""
    bad = []
    for result in results:
        speaker = Speaker(result.turn.locale)
        failed = {plain(speaker.say("error")), plain(speaker.say("unavailable"))}
        if result.speech in failed:
            bad.append(f"{result.turn.locale} {result.turn.said!r}: {result.speech}")
    return bad


def _dynamo_store(table: str, endpoint: str) -> DynamoStore:
    return DynamoStore(table, region=REGION, endpoint=endpoint, credentials=LOCAL_CREDENTIALS)


def turns(rounds: int, tmp: Path, dynamodb_endpoint: str) -> None:
    sqlite = SQLiteStore(tmp / "turns.sqlite3")
    dynamo = _dynamo_store(f"echoppe-bench-turns-{os.getpid()}", dynamodb_endpoint)
    dynamo.create_table(ttl=False)
    backends: dict[str, tuple[Store, EchoppeSkill]] = {
        "sqlite": (sqlite, build_skill(Settings(db_path=tmp / "turns.sqlite3"), store=sqlite)),
        "dynamodb-local": (dynamo, build_skill(Settings(store="dynamodb"), store=dynamo)),
    }
    results: dict[str, list[TurnResult]] = {name: [] for name in backends}
    last_round: dict[str, dict[str, list[TurnResult]]] = {name: {} for name in backends}
    try:
        dialogs = {locale: script(backends["sqlite"][1], locale) for locale in DIALOGS}
        for round_number in range(rounds + 1):
            for name, (store, skill) in backends.items():
                for locale, dialog in dialogs.items():
                    said = run_dialog(skill, dialog, store)
                    if round_number > 0:  # round 0 warms up: prompts, lazy imports, connections
                        results[name].extend(said)
                    last_round[name][locale] = said
    finally:
        dynamo.delete_table()
        dynamo.close()
        sqlite.close()

    failures = sorted({f for name in results for f in _failures(results[name])})
    for failure in failures:
        print(f"  WARNING: a turn failed, its figures are not a normal turn's: {failure}")

    n = len(results["sqlite"])
    print(
        f"\nper-turn latency, in process ({len(DIALOGS)} locales x {len(DIALOGS['en-US'])} turns"
        f" x {rounds} rounds = {n} turns per backend; envelope -> response JSON)"
    )
    for name, samples in results.items():
        seconds = [r.seconds for r in samples]
        logged = [r.logged_ms for r in samples if r.logged_ms is not None]
        print(
            f"  {name:<16} p50 {percentile(seconds, 0.5) * 1000:6.2f} ms"
            f"   p99 {percentile(seconds, 0.99) * 1000:6.2f} ms"
            f"   max {max(seconds) * 1000:6.2f} ms"
            f"   (logged latency_ms p50 {percentile(logged, 0.5):.2f})"
        )

    print("\nper turn, last round: median ms (sqlite | dynamodb-local) and DynamoDB requests")
    budget_breaches = []
    for locale in DIALOGS:
        print(f"  {locale}")
        for index, turn in enumerate(dialogs[locale]):
            per_backend = {
                name: [r.seconds for r in results[name] if r.turn is turn] for name in results
            }
            requests = last_round["dynamodb-local"][locale][index].requests
            total = sum(requests.values())
            if total > REQUEST_BUDGET:
                budget_breaches.append((locale, turn, requests))
            calls = ", ".join(f"{op} {count}" for op, count in sorted(requests.items())) or "none"
            print(
                f"    {index + 1:2}. {turn.label:<22}"
                f" {statistics.median(per_backend['sqlite']) * 1000:6.2f}"
                f" | {statistics.median(per_backend['dynamodb-local']) * 1000:6.2f}"
                f"   {total} requests ({calls})   {turn.said!r}"
            )
    counts = [
        sum(r.requests.values()) for locale in DIALOGS for r in last_round["dynamodb-local"][locale]
    ]
    verdict = "ok" if max(counts) <= REQUEST_BUDGET else "OVER BUDGET"
    print(
        f"  DynamoDB requests per non-payment turn: max {max(counts)},"
        f" mean {statistics.mean(counts):.2f} (budget <= {REQUEST_BUDGET}: {verdict})"
    )
    for locale, turn, requests in budget_breaches:
        print(f"  over budget: {locale} {turn.said!r} ({turn.label}): {dict(requests)}")


@contextmanager
def _dynamodb_endpoint() -> Iterator[str]:
    given = os.environ.get("ECHOPPE_TEST_DYNAMODB_ENDPOINT")
    if given:
        yield given
        return
    from tools.dynamodb_local import dynamodb_local

    with dynamodb_local() as local:
        print(f"(DynamoDB Local started in {local.started_in:.1f} s on {local.endpoint})")
        yield local.endpoint


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="skill cold start, turn latency, requests")
    parser.add_argument("--runs", type=int, default=11, help="cold-start processes per variant")
    parser.add_argument("--rounds", type=int, default=4, help="measured dialogs per locale")
    args = parser.parse_args(argv)
    os.environ.setdefault("AWS_EC2_METADATA_DISABLED", "true")
    with tempfile.TemporaryDirectory() as tmp, _dynamodb_endpoint() as endpoint:
        cold_start(args.runs, Path(tmp), endpoint)
        turns(args.rounds, Path(tmp), endpoint)
    return 0


if __name__ == "__main__":
    sys.exit(main())
