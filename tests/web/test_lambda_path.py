"""The skill's Lambda path never imports Flask or the web pages: its cold start stays as it was.
Checked in a fresh interpreter that imports the entry and answers a request as Lambda does."""

from __future__ import annotations

import json
import subprocess
import sys

from skill.settings import ROOT

PROBE = """
import importlib, json, sys
from skill import envelopes
module = importlib.import_module("lambda.lambda_function")
event = envelopes.envelope(envelopes.launch_request("en-US"), user_id="amzn1.ask.account.X",
                           session_id="s", new=True)
event["context"]["System"]["user"]["accessToken"] = "ea1.not.valid"
module.lambda_handler(event, None)
print(json.dumps(sorted(m for m in sys.modules
                        if m.split(".")[0] in ("flask", "werkzeug", "web", "authlib", "flask_wtf",
                                               "wtforms", "apig_wsgi", "jinja2"))))
"""


def test_the_skill_lambda_imports_no_flask_and_no_web(tmp_path):
    env = {"ECHOPPE_DB": str(tmp_path / "lambda.sqlite3"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
