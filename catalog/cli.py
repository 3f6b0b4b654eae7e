"""The catalog's subcommands of the ``echoppe`` console script.

- ``echoppe resolve --catalog FEED --locale fr-FR``: one query per line on stdin, one JSON
  line per query on stdout (what the resolver decided and the products it offers);
- ``echoppe catalog import FILE --locale fr-FR [--dest DIR]``: check a Merchant Center feed
  and publish it to ``DIR/<locale>.tsv`` (default ``$ECHOPPE_CONTENT/catalog``), then compile
  it with the locale's ``products.yaml`` products into ``DIR/<locale>.index``, the file the
  skill maps at cold start (:mod:`catalog.compiled`);
- ``echoppe catalog index [--content DIR]``: compile every imported catalog again (after
  editing ``products.yaml``; ``sam build`` runs it).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from catalog.feed import FeedError, read_feed
from catalog.model import Catalog, Product

__all__ = ["build_index", "register", "run_import", "run_index", "run_resolve"]

DEFAULT_CONTENT = "content/example"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``resolve`` and ``catalog import``; each sets ``func(args) -> int``."""
    resolve = subparsers.add_parser(
        "resolve", help="resolve spoken product queries (stdin, one per line) to JSON lines"
    )
    resolve.add_argument("--catalog", required=True, type=Path, help="Merchant Center feed")
    resolve.add_argument("--locale", required=True, help="e.g. fr-FR")
    resolve.set_defaults(func=run_resolve)

    catalog = subparsers.add_parser("catalog", help="product catalog").add_subparsers(
        dest="catalog_command", required=True
    )
    imported = catalog.add_parser("import", help="check a feed and publish it atomically")
    imported.add_argument("file", type=Path, help="Merchant Center feed (TSV or CSV)")
    imported.add_argument("--locale", required=True, help="e.g. fr-FR")
    imported.add_argument(
        "--dest", type=Path, default=None, help="default: $ECHOPPE_CONTENT/catalog"
    )
    imported.add_argument("--quiet", action="store_true", help="no progress bar")
    imported.set_defaults(func=run_import)
    index = catalog.add_parser(
        "index", help="compile the imported catalogs and their resolution index (sam build)"
    )
    index.add_argument(
        "--content", type=Path, default=None, help="default: $ECHOPPE_CONTENT or content/example"
    )
    index.set_defaults(func=run_index)


def _errors(error: FeedError) -> int:
    for row in error.errors:
        print(row, file=sys.stderr)
    print(f"{len(error.errors)} error(s) in the feed; nothing was written", file=sys.stderr)
    return 1


def run_resolve(args: argparse.Namespace) -> int:
    from catalog.resolver import Resolver

    try:
        catalog = Catalog(args.locale, tuple(read_feed(args.catalog, args.locale)))
    except FeedError as error:
        return _errors(error)
    except OSError as error:
        print(f"{args.catalog}: {error.strerror or error}", file=sys.stderr)
        return 2
    resolver = Resolver(catalog)
    for line in sys.stdin:
        query = line.rstrip("\r\n")
        if not query.strip():
            continue
        resolution = resolver.resolve(query)
        record = {
            "query": query,
            "status": resolution.status,
            "candidates": [
                {"id": c.product.id, "title": c.product.title, "score": c.score}
                for c in resolution.candidates
            ],
        }
        if resolution.status == "ambiguous":
            record["axis"] = resolution.axis
            record["options"] = resolution.options
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return 0


def run_import(args: argparse.Namespace) -> int:
    from catalog.importer import ProgressBar, import_feed

    dest = args.dest
    if dest is None:
        dest = Path(os.environ.get("ECHOPPE_CONTENT") or DEFAULT_CONTENT) / "catalog"
    progress = None if args.quiet or not sys.stderr.isatty() else ProgressBar(sys.stderr)
    try:
        products = import_feed(args.file, args.locale, dest, progress=progress)
    except FeedError as error:
        return _errors(error)
    except (OSError, ValueError) as error:
        print(f"catalog import: {error}", file=sys.stderr)
        return 2
    print(f"imported {len(products)} products into {dest / f'{args.locale}.tsv'}")
    try:
        built = build_index(dest.parent, args.locale, products)
    except (OSError, ValueError) as error:
        print(f"catalog index: {error}", file=sys.stderr)
        return 2
    if built is not None:
        print(f"compiled the catalog and its index into {built}")
    return 0


def _content_dir(given: Path | None) -> Path:
    return given or Path(os.environ.get("ECHOPPE_CONTENT") or DEFAULT_CONTENT)


def run_index(args: argparse.Namespace) -> int:
    from catalog.compiled_format import index_path

    content = _content_dir(args.content)
    feeds = sorted((content / "catalog").glob("*.tsv"))
    if not feeds:
        print(f"no imported catalog in {content / 'catalog'}; nothing to compile")
        return 0
    for feed in feeds:
        try:
            build_index(content, feed.stem)
        except FeedError as error:
            return _errors(error)
        except (OSError, ValueError) as error:
            print(f"catalog index: {feed}: {error}", file=sys.stderr)
            return 2
        print(f"compiled {feed} into {index_path(feed)}")
    return 0


def build_index(
    content: Path, locale: str, feed_products: list[Product] | None = None
) -> Path | None:
    """Compile ``content/catalog/<locale>.tsv`` with the locale's ``products.yaml``
    products into ``<locale>.index`` (see :mod:`catalog.compiled`); ``None`` when there
    is no such feed. The skill maps that file at cold start instead of parsing the feed."""
    from itertools import chain

    from catalog.compiled_format import fingerprint, index_path
    from catalog.compiled_writer import compile_catalog

    feed = content / "catalog" / f"{locale}.tsv"
    if not feed.exists():
        return None
    authored: list[Product] = []
    if (content / "products.yaml").exists():
        from content.loader import load_authored_products

        authored = load_authored_products(content).get(locale, [])
    products = feed_products if feed_products is not None else read_feed(feed, locale)
    clash = {p.id for p in authored} & {p.id for p in products}
    if clash:
        raise ValueError(f"ids both in products.yaml and the feed: {', '.join(sorted(clash))}")
    target = index_path(feed)
    compile_catalog(chain(authored, products), locale, target, fingerprint(feed, authored))
    return target
