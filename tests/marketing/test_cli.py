"""The merchant's commands: the top spenders' cut, the campaigns report, pending matches."""

from tests.skill.test_cli import echoppe


def test_segments_refresh_report_and_resume_after_a_purchase(tmp_path):
    db = {"ECHOPPE_DB": str(tmp_path / "m.sqlite3")}
    assert echoppe("seed", env_extra=db).returncode == 0
    empty = echoppe("segments", "refresh", env_extra=db)
    assert empty.returncode == 0 and "no paid order yet" in empty.stdout
    echoppe(
        "chat", "--locale", "en-US",
        stdin="add the small oxygen spray\ncheck out\nyes\n4826\n", env_extra=db,
    )  # fmt: skip
    refreshed = echoppe("segments", "refresh", env_extra=db)
    assert "top 10 % of payers by 12-month spend from: 13.01 USD (1 payers)" in refreshed.stdout
    report = echoppe("report", "campaigns", "--locale", "en-US", env_extra=db)
    assert report.returncode == 0, report.stderr
    welcome = next(line for line in report.stdout.splitlines() if line.startswith("welcome"))
    assert welcome.split()[2:6] == ["1", "1", "1", "1"]  # reached, actions, redeemed, orders
    assert "13.01 USD" in welcome and "0.79 USD" in welcome
    resumed = echoppe("rewards", "resume-matches", env_extra=db)
    assert resumed.returncode == 0 and "0 matched gift(s) were pending" in resumed.stdout
    daily = echoppe("daily", env_extra=db)
    assert daily.returncode == 0, daily.stderr
    assert daily.stdout.splitlines()[0] == (
        "segments: top 10 % of payers by 12-month spend from: 13.01 USD (1 payers)"
    )
    assert "matched gifts resumed: 0" in daily.stdout and "closed day(s) summarised" in daily.stdout
