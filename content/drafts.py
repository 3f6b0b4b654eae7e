"""The content draft: the merchant's changes, kept in the store, over the published content.

The console edits a guide or a product, or uploads a catalog feed, into **one shared draft**:
the files it changed, over the version published when it started (or the deployed folder).
Every save is checked first exactly as ``echoppe content check`` checks a folder (the working
folder is written to a temporary folder and loaded by ``content.loader``): a draft always loads.
**Publishing** checks again, compiles the imported catalogs' indexes, and stores the working
files as the next version (``content.versions``); the draft is then emptied.

    pk                  sk                      holds
    content#draft       meta                    the draft: base version, changed files (path →
                                                SHA-256 and size, or deleted), revision, who
                                                and when
    content#draft       file#<sha256>#<chunk>   a changed file's bytes, by content hash

Two editors saving at once: the second save fails its condition (``PublishConflict``) and the
console asks to reload: nothing is lost silently.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from content.loader import load_content
from content.model import Content
from content.versions import (
    FILE_PREFIX,
    ContentVersions,
    Files,
    PublishConflict,
    Published,
    chunk_puts,
    digest,
    is_content_path,
    read_chunks,
    read_folder,
    write_batches,
    write_folder,
)
from content.yamlnodes import ContentError, ContentErrors
from store.base import ConditionFailed, Delete, Op, Put, Store

DRAFT_PK = "content#draft"
META_SK = "meta"


@dataclass(frozen=True)
class Draft:
    base_version: str | None
    changes: dict[str, dict[str, Any]]
    """path → {"sha256", "size"}, or {"deleted": true}."""
    revision: int
    updated_at: int
    updated_by: str
    item_version: int

    @property
    def key(self) -> str:
        """Names this state of the draft (its base and the exact files it changes)."""
        changes = json.dumps(self.changes, sort_keys=True).encode()
        return f"{self.base_version or 'deployed'}/{self.revision}-{digest(changes)[:12]}"


def check_files(files: Files) -> Content:
    """Load ``files`` as a content folder; ``ContentErrors`` with paths relative to it."""
    with tempfile.TemporaryDirectory(prefix="echoppe-check-") as scratch:
        folder = write_folder(files, Path(scratch) / "content")
        try:
            return load_content(folder)
        except ContentErrors as errors:
            raise ContentErrors([_relative(e, folder) for e in errors.errors]) from None


def _relative(error: ContentError, folder: Path) -> ContentError:
    file = error.file
    prefix = str(folder) + "/"
    return ContentError(file[len(prefix) :] if file.startswith(prefix) else file, error.line,
                        error.field, error.message)  # fmt: skip


def compiled_indexes(files: Files) -> Files:
    """``files`` with each imported catalog's index compiled again (``catalog/<loc>.index``)."""
    feeds = [p for p in files if p.startswith("catalog/") and p.endswith(".tsv")]
    if not feeds:
        return files
    from catalog.cli import build_index

    with tempfile.TemporaryDirectory(prefix="echoppe-index-") as scratch:
        folder = write_folder(files, Path(scratch) / "content")
        for feed in feeds:
            build_index(folder, Path(feed).stem)
        return {**files, **{p: d for p, d in read_folder(folder).items() if p.endswith(".index")}}


class Drafts:
    def __init__(
        self, store: Store, deployed: Path, *, clock: Callable[[], float] = time.time
    ) -> None:
        self._store = store
        self._deployed = deployed
        self._clock = clock
        self.versions = ContentVersions(store, clock=clock)

    def draft(self) -> Draft | None:
        item = self._store.get(DRAFT_PK, META_SK)
        if item is None:
            return None
        data = item.data
        return Draft(data.get("base_version"), dict(data["changes"]), int(data["revision"]),
                     int(data["updated_at"]), data["updated_by"], item.version)  # fmt: skip

    def published_files(self) -> tuple[Published | None, Files]:
        published = self.versions.current()
        if published is None:
            return None, read_folder(self._deployed)
        return published, self.versions.files(published)

    def working(self) -> tuple[Draft | None, Published | None, Files]:
        """The draft, the published version under it, and the working files (draft over it)."""
        draft = self.draft()
        published, files = self.published_files()
        if draft is None:
            return None, published, files
        blobs = read_chunks(
            self._store,
            DRAFT_PK,
            {c["sha256"]: c for c in draft.changes.values() if not c.get("deleted")},
        )
        for path, change in draft.changes.items():
            if change.get("deleted"):
                files.pop(path, None)
            else:
                files[path] = blobs[change["sha256"]]
        return draft, published, dict(sorted(files.items()))

    def save(self, changed: Files, *, by: str, expected: Draft | None) -> Draft:
        """Add ``changed`` files to the draft (checked by the caller with ``check_files``).

        ``expected``: the draft as read (None: there was none); ``PublishConflict`` when
        someone saved or published since.
        """
        for path in changed:
            if not is_content_path(path):
                raise ValueError(f"not a content file: {path!r}")
        published = self.versions.current()
        base = published.version_id if published else None
        if expected is not None and expected.base_version != base:
            raise PublishConflict("a version was published since this draft was read")
        new_blobs = {digest(data): data for data in changed.values()}
        write_batches(self._store, chunk_puts(DRAFT_PK, new_blobs, expect=None))
        changes = dict(expected.changes) if expected else {}
        changes.update({p: {"sha256": digest(d), "size": len(d)} for p, d in changed.items()})
        revision = (expected.revision if expected else 0) + 1
        updated_at = int(self._clock())
        data = {
            "base_version": base,
            "changes": changes,
            "revision": revision,
            "updated_at": updated_at,
            "updated_by": by,
        }
        try:
            self._store.write(
                [Put(DRAFT_PK, META_SK, data, expect=expected.item_version if expected else 0)]
            )
        except ConditionFailed:
            raise PublishConflict("the draft was saved by someone else meanwhile") from None
        item_version = (expected.item_version if expected else 0) + 1
        return Draft(base, changes, revision, updated_at, by, item_version)

    def discard(self, expected: Draft) -> None:
        try:
            self._store.write([Delete(DRAFT_PK, META_SK, expect=expected.item_version)])
        except ConditionFailed:
            raise PublishConflict("the draft changed meanwhile") from None
        self._sweep()

    def publish(self, *, by: str, also: Sequence[Op] = ()) -> Published:
        """Check the working files, compile catalog indexes, publish them, empty the draft."""
        draft, published, files = self.working()
        check_files(files)
        files = compiled_indexes(files)
        result = self.versions.publish(
            files, expected=published.item_version if published else 0, by=by, also=also
        )
        if draft is not None:
            with contextlib.suppress(ConditionFailed):  # saved again meanwhile: it stays
                self._store.write([Delete(DRAFT_PK, META_SK, expect=draft.item_version)])
            self._sweep()
        return result

    def _sweep(self) -> None:
        """Delete the blobs no draft names any more."""
        draft = self.draft()
        keep = {c["sha256"] for c in draft.changes.values()} if draft else set()
        stale = [
            Delete(item.pk, item.sk)
            for item in self._store.query(DRAFT_PK, FILE_PREFIX)
            if item.sk[len(FILE_PREFIX) :].rsplit("#", 1)[0] not in keep
        ]
        write_batches(self._store, stale)
