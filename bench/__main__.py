"""``make bench``: every benchmark, one after another, printing its figures."""

from bench import resolution, skill_turns, store, webservice

for name, run in [
    ("skill: cold start and turn latency", skill_turns.main),
    ("resolution: quality and speed", resolution.main),
    ("store: per-operation latency", store.main),
    ("web service: throughput", webservice.main),
]:
    print(f"\n=== {name} ===", flush=True)
    run()
