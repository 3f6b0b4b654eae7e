"""Resolution at scale: building the compiled index, loading it, querying it, and what a large
imported catalog adds to the skill's cold start.

For each size (100,000 and 1,000,000 products by default), in child processes so that each
figure is a process's own:

1. **build**: the example content is copied to a temporary folder and a synthetic catalog
   (:mod:`bench.resolution_synthetic`) is streamed into ``catalog/fr-FR.tsv`` and compiled into
   ``catalog/fr-FR.index`` with the example's ``products.yaml`` products, as
   ``echoppe catalog import`` leaves a content folder. Printed: the compile time (generating
   and writing the feed timed apart), the process's peak resident memory, the file's size.
2. **query**: a new process loads that content with the skill's own loader (the compiled file
   is mapped), builds the resolver as the skill does, and answers spoken-style queries: load
   time, the first query (it builds the word lookups; printed on a line of its own: every
   cold container pays it on its first product request), p50/p99 over the rest, resident
   memory after, and the accuracy on those queries (a sanity check of the mechanics at scale).
3. **cold start**: a new process imports ``lambda/lambda_function.py`` and answers one
   LaunchRequest with ``ECHOPPE_CONTENT`` at the example content (0 imported products) and at
   each built folder, interleaved with the hello-world skill (see :mod:`bench.skill_turns`).

Targets (issue 13): a 100,000-product catalog adds at most 150 ms to a cold start; at
1,000,000 products, build ≤ 60 s, query p99 ≤ 10 ms, resident memory ≤ 400 MB.

``python -m bench.resolution_speed [--sizes 100000,1000000] [--runs 5]``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "content" / "example"
LOCALE = "fr-FR"
TARGET_COLD_MS = 150.0
TARGET_BUILD_S = 60.0
TARGET_P99_MS = 10.0
TARGET_RSS_MB = 400.0


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _Timed:
    """An iterator that counts the time spent producing its items (generation and feed
    writing), so that the compile time can be told apart. Items are batches of products:
    reading the clocks for each product would cost more than some steps it measures."""

    def __init__(self, items: Iterator) -> None:
        self.items = items
        self.spent = 0.0
        self.cpu = 0.0

    def __iter__(self) -> _Timed:
        return self

    def __next__(self):
        started, cpu = time.perf_counter(), time.process_time()
        try:
            return next(self.items)
        finally:
            self.spent += time.perf_counter() - started
            self.cpu += time.process_time() - cpu


def build(size: int, folder: Path, queries: int) -> dict:
    """Child process: the content folder with a compiled catalog of ``size`` products."""
    from bench.resolution_synthetic import Synthetic
    from catalog.compiled_format import fingerprint, index_path
    from catalog.compiled_writer import compile_catalog
    from catalog.feed import COLUMNS, write_feed
    from content.loader import load_authored_products

    content = folder / "content"
    shutil.copytree(EXAMPLE, content, dirs_exist_ok=True)
    feed = content / "catalog" / f"{LOCALE}.tsv"
    feed.parent.mkdir(parents=True, exist_ok=True)
    authored = load_authored_products(content)[LOCALE]
    synthetic = Synthetic(size)
    started = time.perf_counter()
    with feed.open("w", encoding="utf-8", newline="") as out:
        out.write("\t".join(COLUMNS) + "\n")
        rows = _NoHeader(out)

        def batches() -> Iterator[list]:
            products = synthetic.products()
            while batch := list(islice(products, 1000)):
                write_feed(batch, rows)
                yield batch

        timed = _Timed(batches())
        total, total_cpu = time.perf_counter(), time.process_time()

        def chained() -> Iterator:
            yield from authored  # first, as `echoppe catalog index` compiles them
            for batch in timed:
                yield from batch
            out.flush()

        count = compile_catalog(
            chained(), LOCALE, index_path(feed), source=lambda: fingerprint(feed, authored)
        )
    elapsed = time.perf_counter() - total
    elapsed_cpu = time.process_time() - total_cpu
    (folder / "queries.json").write_text(
        json.dumps([[q.text, sorted(q.expect), q.kind] for q in synthetic.queries(queries)])
    )
    return {
        "products": count,
        "generate_s": round(timed.spent, 2),
        "compile_s": round(elapsed - timed.spent, 2),
        "compile_cpu_s": round(elapsed_cpu - timed.cpu, 2),
        "total_s": round(time.perf_counter() - started, 2),
        "peak_mb": round(_peak_mb(), 1),
        "file_mb": round(index_path(feed).stat().st_size / 2**20, 1),
        "feed_mb": round(feed.stat().st_size / 2**20, 1),
    }


class _NoHeader:
    """A text stream that drops the header line :func:`catalog.feed.write_feed` writes
    (the feed is written one product at a time, its header once)."""

    def __init__(self, out) -> None:
        from catalog.feed import COLUMNS

        self.out = out
        self.header = "\t".join(COLUMNS) + "\n"

    def write(self, text: str) -> int:
        return len(text) if text == self.header else self.out.write(text)


def query(folder: Path) -> dict:
    """Child process: load the content as the skill does, resolve the stored queries."""
    from bench.resolution import Query, Score
    from catalog.carriers import template_carriers
    from catalog.resolver import Resolver
    from content.loader import load_content
    from skill.interaction_model import load_template

    rows = json.loads((folder / "queries.json").read_text())
    queries = [Query(LOCALE, text, frozenset(expect), kind) for text, expect, kind in rows]
    before = _rss_mb()
    started = time.perf_counter()
    content = load_content(folder / "content")
    loaded = time.perf_counter()
    resolver = Resolver(content.catalogs[LOCALE], template_carriers(load_template(LOCALE)))
    ready = time.perf_counter()
    resolver.resolve(queries[0].text)
    first = time.perf_counter() - ready
    score = Score.empty()
    timings: list[float] = []
    cpu: list[float] = []
    for q in queries:
        begun, begun_cpu = time.perf_counter(), time.process_time()
        resolution = resolver.resolve(q.text)
        timings.append((time.perf_counter() - begun) * 1000)
        cpu.append((time.process_time() - begun_cpu) * 1000)
        score.add(q, resolution.status, [c.product.id for c in resolution.candidates])
    gc.collect()
    timings.sort()
    cpu.sort()
    return {
        "products": len(content.catalogs[LOCALE]),
        "compiled": not isinstance(content.catalogs[LOCALE].products, tuple),
        "load_ms": round((loaded - started) * 1000, 1),
        "resolver_ms": round((ready - loaded) * 1000, 1),
        "first_ms": round(first * 1000, 1),
        "p50_ms": round(statistics.median(timings), 2),
        "p99_ms": round(timings[min(len(timings) - 1, int(len(timings) * 0.99))], 2),
        "max_ms": round(timings[-1], 2),
        "cpu_p50_ms": round(statistics.median(cpu), 2),
        "cpu_p99_ms": round(cpu[min(len(cpu) - 1, int(len(cpu) * 0.99))], 2),
        "rss_mb": round(_rss_mb(), 1),
        "rss_before_mb": round(before, 1),
        "score": score.line("  synthetic queries"),
    }


def load(folder: Path) -> dict:
    """Child process: the first content load of a new process, as at cold start."""
    from content.loader import load_content

    started = time.perf_counter()
    content = load_content(folder)
    return {
        "load_ms": round((time.perf_counter() - started) * 1000, 1),
        "products": sum(len(c) for c in content.catalogs.values()),
    }


def _child(*args: str) -> dict:
    env = {**os.environ}
    env.pop("PYTHONPATH", None)
    done = subprocess.run(
        [sys.executable, "-m", "bench.resolution_speed", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench child {args} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def cold_starts(folders: dict[str, Path], runs: int, tmp: Path) -> dict[str, float]:
    """Median new-process → LaunchRequest response per content folder, and hello-world."""
    from bench.skill_turns import ColdStart, _cold_run
    from skill import envelopes

    event = envelopes.envelope(
        envelopes.launch_request("fr-FR"),
        user_id="amzn1.ask.account.COLDSTART",
        session_id="amzn1.echo-api.session.COLDSTART",
        new=True,
    )
    variants = [ColdStart("hello (ask-sdk-core + pynamodb)", "bench.hello_skill", {})]
    for label, content in folders.items():
        env = {
            "ECHOPPE_LOG_FORMAT": "json",
            "SKILL_ID": "",
            "ECHOPPE_STORE": "sqlite",
            "ECHOPPE_DB": str(tmp / f"cold-{len(variants)}.sqlite3"),
            "ECHOPPE_CONTENT": str(content),
        }
        variants.append(ColdStart(label, "lambda.lambda_function", env))
    for variant in variants:
        _cold_run(variant, event)  # unmeasured: .pyc files, SQLite file, page cache
    for _ in range(runs):
        for variant in variants:
            variant.runs.append(_cold_run(variant, event))
    return {v.name: v.median("wall") * 1000 for v in variants}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.resolution_speed", description=__doc__)
    parser.add_argument(
        "command", nargs="?", default="all", choices=["all", "build", "query", "load"]
    )
    parser.add_argument("--sizes", default="100000,1000000", help="catalog sizes, comma-separated")
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--dir", type=Path)
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=9, help="cold-start processes per variant")
    args = parser.parse_args(argv)
    if args.command == "build":
        print(json.dumps(build(args.size, args.dir, args.queries)))
        return 0
    if args.command == "query":
        print(json.dumps(query(args.dir)))
        return 0
    if args.command == "load":
        print(json.dumps(load(args.dir)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    with tempfile.TemporaryDirectory(prefix="echoppe-bench-") as tmp_name:
        tmp = Path(tmp_name)
        folders = {"echoppe, 0 imported products": EXAMPLE}
        for size in sizes:
            folder = tmp / f"n{size}"
            built = _child("build", "--size", str(size), "--dir", str(folder), "--queries",
                           str(args.queries))  # fmt: skip
            print(
                f"build {size:>9,} products: compile {built['compile_s']:.1f} s "
                f"(CPU {built['compile_cpu_s']:.1f} s) "
                f"(target <= {TARGET_BUILD_S:.0f} s at 1M; generating and writing the "
                f"{built['feed_mb']:.0f} MB feed took {built['generate_s']:.1f} s more), "
                f"peak memory {built['peak_mb']:.0f} MB, index file {built['file_mb']:.0f} MB",
                flush=True,
            )
            ran = _child("query", "--dir", str(folder))
            print(
                f"query {size:>9,} products: load content {ran['load_ms']:.0f} ms "
                f"(compiled: {ran['compiled']}), resolver {ran['resolver_ms']:.0f} ms, "
                f"then p50 {ran['p50_ms']:.2f} ms, "
                f"p99 {ran['p99_ms']:.2f} ms (target <= {TARGET_P99_MS:.0f}), "
                f"max {ran['max_ms']:.1f} ms (CPU time p50 {ran['cpu_p50_ms']:.2f}, p99 "
                f"{ran['cpu_p99_ms']:.2f} ms: other processes excluded); resident memory "
                f"{ran['rss_mb']:.0f} MB (target <= {TARGET_RSS_MB:.0f})",
                flush=True,
            )
            print(
                f"first query {size:>9,} products: {ran['first_ms']:.1f} ms, the first after "
                "the load (what it builds on the first need: the word lookups), paid by each "
                "new process on its first product request",
                flush=True,
            )
            print(ran["score"], flush=True)
            folders[f"echoppe, {size:,} imported products"] = folder / "content"
        medians = cold_starts(folders, args.runs, tmp)
        loads = {
            name: statistics.median(
                _child("load", "--dir", str(folder))["load_ms"] for _ in range(3)
            )
            for name, folder in folders.items()
        }
        print(
            f"cold start: new process -> first LaunchRequest response, median of {args.runs} "
            "(and the content load alone in a new process, median of 3)"
        )
        base = medians.get("echoppe, 0 imported products", 0.0)
        base_load = loads.get("echoppe, 0 imported products", 0.0)
        for name, value in medians.items():
            extra = ""
            if name in loads:
                extra = f"  content load {loads[name]:4.0f} ms"
            if name.startswith("echoppe") and not name.endswith(" 0 imported products"):
                added = value - base
                extra += f" (+{loads[name] - base_load:.0f});  +{added:.0f} ms over 0 products"
                if name.endswith(" 100,000 imported products"):
                    verdict = "ok" if added <= TARGET_COLD_MS else "ABOVE TARGET"
                    extra += f" (target <= {TARGET_COLD_MS:.0f}: {verdict})"
            print(f"  {name:<40} {value:6.0f} ms{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
