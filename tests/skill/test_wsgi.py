"""The WSGI entry serves the real skill with verification on."""

import importlib
import sys

from skill import envelopes


def test_wsgi_app_verifies_requests(monkeypatch, tmp_path):
    monkeypatch.setenv("ECHOPPE_DB", str(tmp_path / "wsgi.sqlite3"))
    monkeypatch.setenv("SKILL_ID", envelopes.APPLICATION_ID)
    sys.modules.pop("skill.wsgi", None)
    app = importlib.import_module("skill.wsgi").app
    event = envelopes.envelope(envelopes.launch_request("en-US"), user_id="u", session_id="s")
    response = app.test_client().post("/alexa", json=event)
    assert response.status_code == 400
    assert response.get_json()["error"] == "missing_header"
