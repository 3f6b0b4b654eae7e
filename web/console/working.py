"""The draft as the console sees it: its working files loaded as content, in a folder of their
own (the preview's skill and interaction models need one), memoised per draft revision."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from content.drafts import Draft, check_files
from content.model import Content
from content.versions import Files, Published, write_folder
from skill.interaction_model import build_all
from skill.settings import MODELS_SUBDIR
from web.console.context import ConsoleContext

KEPT = 3
"""Working folders kept per process (the newest revisions)."""


@dataclass(frozen=True)
class Working:
    draft: Draft | None
    published: Published | None
    files: Files
    content: Content
    folder: Path
    """``content/`` (the files) and the interaction models (``settings.MODELS_SUBDIR``)."""

    @property
    def key(self) -> str:
        if self.draft is not None:
            return self.draft.key
        return self.published.version_id if self.published else "deployed"


def _root(ctx: ConsoleContext) -> Path:
    settings = ctx.web.settings
    if settings.store == "sqlite":
        return settings.db_path.parent / "console-drafts"
    return Path(tempfile.gettempdir()) / "echoppe-console-drafts"


def working(ctx: ConsoleContext) -> Working:
    """The working content now (draft over published); checked when it was saved."""
    draft, published = ctx.drafts.draft(), ctx.drafts.versions.current()  # two small reads
    key = draft.key if draft else (published.version_id if published else "deployed")
    memo: dict[str, Working] = ctx.cache.setdefault("working", {})
    if key in memo:
        return memo[key]
    draft, published, files = ctx.drafts.working()
    key = draft.key if draft else (published.version_id if published else "deployed")
    check_files(files)  # a stored draft always loads; this says so before it is shown
    folder = _root(ctx) / key.replace("/", "-")
    if not folder.is_dir():
        write_folder(files, folder / "content")
    from content.loader import load_content

    content = load_content(folder / "content")
    build_all(content, folder / MODELS_SUBDIR)
    result = Working(draft, published, files, content, folder)
    memo[key] = result
    for old in list(memo)[:-KEPT]:
        shutil.rmtree(memo.pop(old).folder, ignore_errors=True)
    return result


def settings_for(ctx: ConsoleContext, work: Working):  # -> skill.settings.Settings
    """The app's settings with the working folder as content (the preview's skill)."""
    return replace(ctx.web.settings, content_dir=work.folder / "content",
                   skill_package=work.folder)  # fmt: skip


def published_content(ctx: ConsoleContext) -> Content:
    """What shoppers hear now: the published version, or the deployed folder."""
    published = ctx.drafts.versions.current()
    if published is None:
        return ctx.web.services.content
    memo: dict[str, Content] = ctx.cache.setdefault("published", {})
    if published.version_id not in memo:
        memo.clear()
        memo[published.version_id] = check_files(ctx.drafts.versions.files(published))
    return memo[published.version_id]
