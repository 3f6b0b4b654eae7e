"""``echoppe catalog import``: validate a Merchant Center feed, then publish it atomically.

Nothing is written unless every row is good, and the published file is replaced in one
``os.replace``: a reader (the skill loading content) sees the old catalog or the new one,
never half of one.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from catalog.feed import Progress, read_feed, write_feed
from catalog.model import Product

__all__ = ["ProgressBar", "import_feed"]

_LOCALE_RE = re.compile(r"^[a-z]{2,3}-[A-Z]{2}$")


class ProgressBar:
    """A one-line text progress bar, redrawn in place; a :data:`~catalog.feed.Progress`."""

    def __init__(self, stream: TextIO | None = None, label: str = "import", width: int = 30):
        self.stream = stream if stream is not None else sys.stderr
        self.label = label
        self.width = width
        self._shown = -1

    def __call__(self, done: int, total: int) -> None:
        total = max(total, 1)
        filled = min(self.width, self.width * done // total)
        if filled == self._shown and done < total:
            return
        self._shown = filled
        bar = "#" * filled + "." * (self.width - filled)
        end = "\n" if done >= total else ""
        self.stream.write(f"\r{self.label} [{bar}] {min(done, total):,}/{total:,} lines{end}")
        self.stream.flush()


def import_feed(
    src_path: str | Path,
    locale: str,
    dest_dir: str | Path,
    progress: Progress | None = None,
) -> list[Product]:
    """Read and check the feed at ``src_path``; if every row is good, write it to
    ``dest_dir/<locale>.tsv`` (canonical tab-separated form) and return the products.

    Raises :class:`~catalog.feed.FeedError` (listing every bad row) with the destination
    untouched, and ``ValueError`` for a locale that is not like ``fr-FR``.
    """
    if not _LOCALE_RE.match(locale):
        raise ValueError(f"locale must look like fr-FR, not {locale!r}")
    products = read_feed(src_path, locale, progress=progress)
    dest = Path(dest_dir)
    dest.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{locale}.", suffix=".tsv.tmp", dir=dest)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            write_feed(products, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, dest / f"{locale}.tsv")
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    return products
