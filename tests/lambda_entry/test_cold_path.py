"""A cold start's first turn, a launch, loads only what a launch uses: not the other flows, nor
the payments, marketing, reports and resolver code behind them (``skill.routes`` imports a
flow with the first turn routed to it). Checked in a fresh interpreter that imports the entry
and answers a LaunchRequest as Lambda does."""

from __future__ import annotations

import json
import subprocess
import sys

from skill.settings import ROOT

PROBE = """
import importlib, json, sys
from skill import envelopes
module = importlib.import_module("lambda.lambda_function")
event = envelopes.envelope(envelopes.launch_request(sys.argv[1]), user_id="amzn1.ask.account.X",
                           session_id="s", new=True)
speech = module.lambda_handler(event, None)["response"]["outputSpeech"]["ssml"]
print(json.dumps({"speech": speech, "modules": sorted(sys.modules)}))
"""

LAUNCH_FLOWS = {"skill.flows", "skill.flows.basics", "skill.flows.common"}
NOT_FOR_A_LAUNCH = (
    "payments.checkout",
    "payments.charging",
    "payments.wallet",
    "payments.donations",
    "payments.promotions",
    "payments.orders",
    "marketing.rules",
    "reports",
    "catalog.cart",
    "catalog.resolver",
    "catalog.matching",
    "rapidfuzz",
)


def _launch(tmp_path, locale: str) -> dict:
    env = {"ECHOPPE_DB": str(tmp_path / "lambda.sqlite3"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, locale],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    answer: dict = json.loads(done.stdout.strip().splitlines()[-1])
    return answer


def test_a_cold_launch_loads_only_the_launch_flow(tmp_path):
    answer = _launch(tmp_path, "en-US")
    assert "Welcome" in answer["speech"]
    modules = answer["modules"]
    assert {m for m in modules if m.startswith("skill.flows")} == LAUNCH_FLOWS
    heavy = [m for m in modules if m.startswith(NOT_FOR_A_LAUNCH)]
    assert heavy == []
