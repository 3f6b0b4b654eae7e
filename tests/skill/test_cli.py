"""The ``echoppe`` command, run as a merchant runs it."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def echoppe(*args, env_extra=None, stdin="", tmp_path=None):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path or ROOT)}
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "skill.cli", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_content_check_ok():
    result = echoppe("content", "check")
    assert result.returncode == 0, result.stderr
    assert "content OK" in result.stdout


def test_content_check_reports_every_error_with_file_and_line(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "example", folder)
    guide = folder / "guides" / "coffee.yaml"
    guide.write_text(guide.read_text().replace("id: coffee", "id: coffee\ncolour: brown"))
    skill = folder / "skill.yaml"
    skill.write_text(skill.read_text().replace("default_locale: fr-FR", "default_locale: de-DE"))
    result = echoppe("content", "check", env_extra={"ECHOPPE_CONTENT": str(folder)})
    assert result.returncode == 1
    assert f"{guide}:2: colour: unknown key" in result.stderr
    assert f"{skill}:" in result.stderr and "'de-DE' is not one of the locales" in result.stderr
    assert "2 content error(s); nothing was loaded" in result.stderr


def test_models_check_passes_on_the_committed_models():
    result = echoppe("models", "check")
    assert result.returncode == 0, result.stderr


def test_chat_reads_utterances_from_stdin(tmp_path):
    result = echoppe(
        "chat",
        "--locale",
        "en-US",
        stdin="how do I get grass out of jeans\nnext\nstop\n",
        env_extra={"ECHOPPE_DB": str(tmp_path / "chat.sqlite3")},
    )
    assert result.returncode == 0, result.stderr
    assert "alexa> Welcome to Stain Recipes" in result.stdout
    assert "Step 1:" in result.stdout
    assert "(session ended)" in result.stdout


def test_chat_and_server_share_the_store(tmp_path):
    db = {"ECHOPPE_DB": str(tmp_path / "shared.sqlite3")}
    echoppe("chat", "--locale", "fr-FR", stdin="ajoute le spray oxygène\n", env_extra=db)
    result = echoppe("chat", "--locale", "fr-FR", stdin="mon panier\n", env_extra=db)
    assert "oxygène actif 500 ml" in result.stdout


def test_wallet_enroll_show_reset(tmp_path):
    db = {"ECHOPPE_DB": str(tmp_path / "w.sqlite3")}
    user = "amzn1.ask.account.CLI"
    enrolled = echoppe(
        "wallet", "enroll", "--user", user, "--card", "tok_visa",
        "--address", "12 rue des Lilas, 75011 Paris", "--pin-stdin", stdin="4826\n", env_extra=db,
    )  # fmt: skip
    assert enrolled.returncode == 0, enrolled.stderr
    shown = echoppe("wallet", "show", "--user", user, env_extra=db)
    assert "Visa •••• 4242" in shown.stdout and "12 rue des Lilas, Paris" in shown.stdout
    assert "4826" not in shown.stdout + enrolled.stdout
    reset = echoppe(
        "wallet", "reset-pin", "--user", user, "--pin-stdin", stdin="1357\n", env_extra=db
    )
    assert reset.returncode == 0 and "unlocked" in reset.stdout


def test_wallet_refuses_a_card_number(tmp_path):
    db = {"ECHOPPE_DB": str(tmp_path / "w.sqlite3")}
    result = echoppe(
        "wallet", "enroll", "--user", "u", "--card", "4242424242424242",
        "--address", "12 rue des Lilas, 75011 Paris", "--pin-stdin", stdin="4826\n", env_extra=db,
    )  # fmt: skip
    assert result.returncode == 1
    assert "4242424242424242" not in result.stderr + result.stdout


def test_orders_export_after_a_purchase(tmp_path):
    db = {"ECHOPPE_DB": str(tmp_path / "o.sqlite3")}
    assert echoppe("seed", env_extra=db).returncode == 0
    echoppe(
        "chat", "--locale", "fr-FR",
        stdin="ajoute le spray oxygène\npasser commande\noui\n4826\n", env_extra=db,
    )  # fmt: skip
    result = echoppe("orders", "export", env_extra=db)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 1
    assert set(records[0]) == {
        "order_id", "amount", "discount", "currency", "created_at", "shipping_address",
        "payment_token",
    }  # fmt: skip
    assert records[0]["amount"] == "14.80"
    assert records[0]["discount"] == "0.00"


@pytest.mark.parametrize("command", [["report", "funnel"]])
def test_report_runs_on_an_empty_store(tmp_path, command):
    result = echoppe(*command, env_extra={"ECHOPPE_DB": str(tmp_path / "r.sqlite3")})
    assert result.returncode == 0 and "(all)" in result.stdout
