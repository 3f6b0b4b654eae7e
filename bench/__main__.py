"""``make bench``: every benchmark, one after another, printing its figures."""

from bench import (
    campaign_turns,
    console_pages,
    resolution,
    skill_turns,
    store,
    web_pages,
    webservice,
)

for name, run in [
    ("skill: cold start and turn latency", skill_turns.main),
    ("skill: turns with 100 campaigns and 100 reward rules", campaign_turns.main),
    ("resolution: quality and speed", resolution.main),
    ("store: per-operation latency", store.main),
    ("web service: throughput", webservice.main),
    ("shopper pages: server time per page", web_pages.main),
    ("merchant console: server time per page, 10,000 orders", console_pages.main),
]:
    print(f"\n=== {name} ===", flush=True)
    run()
