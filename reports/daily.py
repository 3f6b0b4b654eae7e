"""The funnel of a range of days, fast: a closed day is summarised once and kept in the store.

A day is **closed** ``GRACE`` seconds after it ends (a turn's events carry the time the turn
began and are saved a moment later). Its summary is then written under ``report#daily`` /
``day#<YYYY-MM-DD>`` and never computed again; the day in progress (and one not yet closed) is
computed on each request. A 90-day range therefore costs one query of the kept summaries plus
the live days; the first request after a quiet period computes the days it is missing, once.
Summaries are derived data: deleting them only costs the time to compute them again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, timedelta

from reports.days import DayRange, day_of, start_of
from reports.funnel import DaySummary, Funnel, summarise_day
from store.base import Put, Store

ROLLUP_PK = "report#daily"
DAY_PREFIX = "day#"
FORMAT = 2
"""Bumped when ``DaySummary`` changes: kept summaries of another format are computed again."""
GRACE = 15 * 60


class Reports:
    def __init__(self, store: Store, *, clock: Callable[[], float] = time.time) -> None:
        self._store = store
        self._clock = clock

    def today(self) -> DayRange:
        today = day_of(self._clock())
        return DayRange(today, today)

    def last_days(self, days: int) -> DayRange:
        return DayRange.ending(day_of(self._clock()), days)

    def funnel(self, days: DayRange) -> Funnel:
        return Funnel(self._summaries(days)[0])

    def close(self, days: DayRange) -> int:
        """Summarise and keep the closed days of ``days`` not kept yet (the daily run keeps
        yesterday, so a merchant's first funnel of the day reads kept days only); how many."""
        return self._summaries(days)[1]

    def _summaries(self, days: DayRange) -> tuple[list[tuple[date, DaySummary]], int]:
        """Each day's summary, and how many closed days this call summarised and kept."""
        now = self._clock()
        today = day_of(now)
        kept = {
            item.sk[len(DAY_PREFIX) :]: item.data["summary"]
            for item in self._store.query(
                ROLLUP_PK,
                DAY_PREFIX,
                start=f"{DAY_PREFIX}{days.first.isoformat()}",
                end=f"{DAY_PREFIX}{(days.last + timedelta(days=1)).isoformat()}",
            )
            if item.data.get("format") == FORMAT
        }
        out = []
        newly_kept = 0
        for day in days:
            iso = day.isoformat()
            if iso in kept:
                summary = DaySummary.from_json(kept[iso])
            elif day > today:
                summary = DaySummary()
            else:
                summary = summarise_day(self._store, day)
                if now >= start_of(day) + 86_400 + GRACE:
                    data = {"format": FORMAT, "summary": summary.to_json()}
                    self._store.write([Put(ROLLUP_PK, f"{DAY_PREFIX}{iso}", data, expect=None)])
                    newly_kept += 1
            out.append((day, summary))
        return out, newly_kept
