"""Published content: versions kept in the store, and the live content the skill serves.

A merchant's content is a folder of files (``skill.yaml``, ``guides/<id>.yaml``, an imported
catalog ``catalog/<locale>.tsv`` and its compiled index...). **Publishing** writes every file of
a checked folder into the store as a new version, then moves one pointer to it::

    pk                  sk                          holds
    content             current                     the published version: number, id, when,
                                                    by whom, and each file's SHA-256, size and
                                                    chunk count (the manifest)
    content#<id>        file#<path>#<chunk:04d>     a file, in chunks of ``CHUNK`` bytes
                                                    (base64: a DynamoDB item holds 400 KB)

The chunks of a version are written first (nothing points to them yet), then the pointer in one
conditional write on the version read, with the caller's audit entry: two publishers cannot both
win, and a reader sees the old version or the new one, never a mix. On AWS the content therefore
lives in the table, not in the deployment package; without any publication the skill serves the
folder it was deployed with (``ECHOPPE_CONTENT``).

**Following it without a restart** (``LiveContent``): the skill asks ``get()`` on every turn;
at most once every ``CHECK_EVERY`` seconds per process (a Lambda container) that costs one read
of the pointer, every other turn costs nothing. A new version is copied once into a local cache
folder (its files checked against the manifest's hashes) and loaded like any content folder.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import re
import secrets
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from content.loader import load_content
from content.model import Content
from store.base import MAX_OPS, ConditionFailed, Op, Put, Store, StoreError

log = logging.getLogger(__name__)

CONTENT_PK = "content"
CURRENT_SK = "current"
FILE_PREFIX = "file#"
CHUNK = 256 * 1024
CHECK_EVERY = 30
"""Seconds between two looks at the published version, per process."""
_PATH_RE = re.compile(
    r"^(?:(?:skill|materials|products|charities|campaigns|prompts|samples)\.yaml"
    r"|guides/[a-z0-9][a-z0-9_-]{0,63}\.yaml"
    r"|catalog/[a-z]{2,3}-[A-Z]{2}\.(?:tsv|index))$"
)

Files = dict[str, bytes]
"""A content folder: relative POSIX path → bytes."""


class PublishConflict(Exception):
    """Someone published (or saved the draft) since it was read: read again, then retry."""


def is_content_path(path: str) -> bool:
    return bool(_PATH_RE.match(path))


def read_folder(folder: Path) -> Files:
    """The content files of ``folder`` (what ``is_content_path`` accepts; nothing else)."""
    files: Files = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_file() and is_content_path(relative):
            files[relative] = path.read_bytes()
    return files


def write_folder(files: Files, folder: Path) -> Path:
    """Write ``files`` as the folder ``folder`` (built beside it, then renamed into place)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        for relative, data in files.items():
            if not is_content_path(relative):
                raise ValueError(f"not a content file: {relative!r}")
            target = building / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        try:
            os.rename(building, folder)
        except OSError:
            if not folder.is_dir():  # another thread put the same version in place: keep it
                raise
            shutil.rmtree(building, ignore_errors=True)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return folder


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def chunk_puts(pk: str, files: Files, *, expect: int | None = 0) -> list[Put]:
    """The writes holding ``files`` under ``pk`` (one per chunk)."""
    puts = []
    for relative, data in sorted(files.items()):
        pieces = [data[i : i + CHUNK] for i in range(0, len(data), CHUNK)] or [b""]
        for number, piece in enumerate(pieces):
            puts.append(
                Put(
                    pk,
                    f"{FILE_PREFIX}{relative}#{number:04d}",
                    {"data": base64.b64encode(piece).decode()},
                    expect=expect,
                )
            )
    return puts


def write_batches(store: Store, puts: Sequence[Op]) -> None:
    for i in range(0, len(puts), MAX_OPS):
        store.write(puts[i : i + MAX_OPS])


def read_chunks(store: Store, pk: str, manifest: dict[str, dict[str, Any]]) -> Files:
    """The files of ``manifest`` stored under ``pk``; each checked against its SHA-256."""
    pieces: dict[str, list[tuple[int, bytes]]] = {}
    for item in store.query(pk, FILE_PREFIX):
        relative, number = item.sk[len(FILE_PREFIX) :].rsplit("#", 1)
        pieces.setdefault(relative, []).append((int(number), base64.b64decode(item.data["data"])))
    files: Files = {}
    for relative, facts in manifest.items():
        data = b"".join(piece for _, piece in sorted(pieces.get(relative, [])))
        if digest(data) != facts["sha256"]:
            raise StoreError(f"content file {relative} does not match its manifest")
        files[relative] = data
    return files


def manifest_of(files: Files) -> dict[str, dict[str, Any]]:
    return {
        relative: {
            "sha256": digest(data),
            "size": len(data),
            "chunks": max(1, -(-len(data) // CHUNK)),
        }
        for relative, data in sorted(files.items())
    }


@dataclass(frozen=True)
class Published:
    number: int
    version_id: str
    published_at: int
    by: str
    manifest: dict[str, dict[str, Any]]
    item_version: int
    """The pointer's store version: what the next publication must find."""

    @classmethod
    def from_item(cls, data: dict[str, Any], item_version: int) -> Published:
        return cls(
            number=int(data["number"]),
            version_id=data["version_id"],
            published_at=int(data["published_at"]),
            by=data["by"],
            manifest=dict(data["manifest"]),
            item_version=item_version,
        )


class ContentVersions:
    def __init__(self, store: Store, *, clock: Callable[[], float] = time.time) -> None:
        self._store = store
        self._clock = clock

    def current(self) -> Published | None:
        """The published version (one read), or None: the deployed folder is served."""
        item = self._store.get(CONTENT_PK, CURRENT_SK)
        return Published.from_item(item.data, item.version) if item else None

    def files(self, published: Published) -> Files:
        return read_chunks(self._store, f"content#{published.version_id}", published.manifest)

    def publish(
        self, files: Files, *, expected: int, by: str, also: Sequence[Op] = ()
    ) -> Published:
        """Store ``files`` (already checked) as the next version and point to it.

        ``expected``: the pointer's ``item_version`` when the files were read (0: nothing was
        published); ``PublishConflict`` when it moved since. ``also`` goes in the pointer's
        transaction (the audit entry).
        """
        number = self._next_number(expected)
        version_id = f"{number:06d}-{secrets.token_hex(4)}"
        write_batches(self._store, chunk_puts(f"content#{version_id}", files))
        data = {
            "number": number,
            "version_id": version_id,
            "published_at": int(self._clock()),
            "by": by,
            "manifest": manifest_of(files),
        }
        try:
            self._store.write([Put(CONTENT_PK, CURRENT_SK, data, expect=expected), *also])
        except ConditionFailed:
            raise PublishConflict("another version was published meanwhile") from None
        log.info("content version %s published", version_id)
        return Published.from_item(data, expected + 1)

    def _next_number(self, expected: int) -> int:
        current = self.current()
        if (current.item_version if current else 0) != expected:
            raise PublishConflict("another version was published meanwhile")
        return current.number + 1 if current else 1


class LiveContent:
    """The content a process serves, following publications (see the module docstring)."""

    def __init__(
        self,
        store: Store,
        bundled: Callable[[], Content],
        cache_dir: Path,
        *,
        clock: Callable[[], float] = time.time,
        check_every: float = CHECK_EVERY,
    ) -> None:
        self._versions = ContentVersions(store, clock=clock)
        self._bundled = bundled
        self._cache_dir = cache_dir
        self._clock = clock
        self._check_every = check_every
        self._lock = threading.Lock()
        self._content: Content | None = None
        self._version_id: str | None = None
        self._next_check = 0.0

    @property
    def version_id(self) -> str | None:
        """The version served; None for the deployed folder."""
        return self._version_id

    def get(self) -> Content:
        now = self._clock()
        if self._content is not None and now < self._next_check:
            return self._content
        with self._lock:
            if self._content is not None and now < self._next_check:
                return self._content
            self._next_check = now + self._check_every
            try:
                published = self._versions.current()
            except StoreError:
                if self._content is None:
                    raise
                log.warning("could not look for new content; serving the version loaded")
                return self._content
            wanted = published.version_id if published else None
            if self._content is None or wanted != self._version_id:
                try:
                    self._content = self._load(published)
                except Exception:
                    if self._content is None:
                        raise
                    log.exception("content version %s does not load; keeping the last", wanted)
                    return self._content
                self._version_id = wanted
            return self._content

    def _load(self, published: Published | None) -> Content:
        if published is None:
            return self._bundled()
        folder = self._cache_dir / published.version_id
        if not folder.is_dir():
            write_folder(self._versions.files(published), folder)
        log.info("serving content version %s", published.version_id)
        return load_content(folder)
