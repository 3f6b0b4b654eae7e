"""The daily run: what echoppe keeps fresh once a day, on a schedule.

On AWS the ``DailyFunction`` of ``template.yaml`` runs it at 00:20 UTC (``lambda/daily.py``);
self-hosted, a cron line runs ``echoppe daily``. Each part is safe to run again at any time
(twice the same day changes nothing), so a missed or repeated run is harmless:

- **segments**: the top spenders' cut over the merchant's orders (``marketing.thresholds``);
- **matched gifts** whose charge got no answer are charged again with their own idempotency key,
  so the gateway charges each at most once (``payments.matching``);
- **the funnel**: the closed days of the last ``FUNNEL_DAYS`` not kept yet are summarised and kept
  (``reports.daily``), so the merchant's first look at the funnel reads kept days only.
"""

from __future__ import annotations

from dataclasses import dataclass

from marketing.thresholds import Thresholds, refresh
from reports.daily import Reports
from skill.services import Services

FUNNEL_DAYS = 90
"""The console's longest preset range."""


@dataclass(frozen=True)
class DailyRun:
    thresholds: Thresholds
    matches: dict[str, str]
    """Match id → what resuming it gave (``payments.matching.MatchStatus``)."""
    days_kept: int
    """Closed days summarised and kept by this run."""

    def lines(self) -> list[str]:
        return [
            f"segments: {thresholds_line(self.thresholds)}",
            f"matched gifts resumed: {len(self.matches)}"
            + "".join(f"\n  {match}: {status}" for match, status in sorted(self.matches.items())),
            f"funnel: {self.days_kept} closed day(s) summarised and kept",
        ]


def thresholds_line(thresholds: Thresholds) -> str:
    cuts = ", ".join(
        f"{money} ({thresholds.payers[money.currency]} payers)" for money in thresholds.cut_money()
    )
    return (
        f"top {thresholds.share} % of payers by 12-month spend from: {cuts or 'no paid order yet'}"
    )


def run_daily(services: Services) -> DailyRun:
    now = services.clock()
    thresholds = refresh(services.store, services.content.marketing.segments, now)
    matches = {
        match.match_id: services.matches.resume(match.donation_id).status.value
        for match in services.matches.pending()
    }
    reports = Reports(services.store, clock=services.clock)
    days_kept = reports.close(reports.last_days(FUNNEL_DAYS))
    return DailyRun(thresholds, matches, days_kept)
