"""The merchant's funnel: guide started → completed → offered → accepted → bought."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from skill.state import EVENTS_PK
from store.base import Store

STAGES = ("started", "completed", "offered", "accepted", "bought")
_KIND_TO_STAGE = {
    "guide_started": "started",
    "guide_completed": "completed",
    "offer_made": "offered",
    "offer_accepted": "accepted",
    "purchase": "bought",
}


@dataclass(frozen=True)
class FunnelRow:
    guide: str
    counts: dict[str, int]

    def rate(self, stage: str) -> float | None:
        """Share of ``started`` that reached ``stage``."""
        started = self.counts["started"]
        return self.counts[stage] / started if started else None


def funnel(store: Store) -> list[FunnelRow]:
    """One row per guide, plus ``(all)``, counting events of each stage."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STAGES, 0))
    for item in store.query(EVENTS_PK):
        stage = _KIND_TO_STAGE.get(item.data.get("kind"))
        guide = item.data.get("guide")
        if stage is None or not guide:
            continue
        counts[guide][stage] += 1
        counts["(all)"][stage] += 1
    rows = [FunnelRow(g, c) for g, c in sorted(counts.items()) if g != "(all)"]
    rows.append(FunnelRow("(all)", counts["(all)"]))
    return rows


def render_funnel(rows: list[FunnelRow]) -> str:
    header = f"{'guide':<16}" + "".join(f"{s:>12}" for s in STAGES)
    lines = [header, "-" * len(header)]
    for row in rows:
        cells = []
        for stage in STAGES:
            rate = row.rate(stage)
            shown = f"{row.counts[stage]}" + (
                f" ({rate:.0%})" if rate is not None and stage != "started" else ""
            )
            cells.append(f"{shown:>12}")
        lines.append(f"{row.guide:<16}" + "".join(cells))
    return "\n".join(lines)
