"""Published content versions in the store: all or nothing, one publisher wins, chunks read back
exactly, and the running skill follows a publication within ``CHECK_EVERY`` seconds at a cost of
one read per interval, not per turn."""

from __future__ import annotations

from pathlib import Path

import pytest

from content.drafts import Drafts, check_files
from content.versions import (
    CHECK_EVERY,
    CHUNK,
    ContentVersions,
    PublishConflict,
    is_content_path,
    read_folder,
)
from content.yamlnodes import ContentErrors
from skill.app import build_skill
from skill.settings import Settings
from skill.simulator import Simulator
from store.base import Put
from tests.counting import CountingStore

EXAMPLE = Path(__file__).resolve().parents[2] / "content" / "example"
COFFEE = "guides/coffee.yaml"
NEW_STEP = "Blot it with a folded paper towel, from the outside in."


def edited(files: dict[str, bytes]) -> dict[str, bytes]:
    text = files[COFFEE].decode()
    first = "Blot up the coffee with a white cloth. Press, don't rub."
    old = "Blot the coffee with a white cloth. Press, don't rub."
    assert old in text or first in text
    return {**files, COFFEE: text.replace(old, NEW_STEP).encode()}


def test_a_version_round_trips_in_chunks(store, clock):
    versions = ContentVersions(store, clock=clock)
    files = read_folder(EXAMPLE)
    big = "id\ttitle\tdescription\tprice\tavailability\n" + "x" * (2 * CHUNK + 17)
    files["catalog/fr-FR.tsv"] = big.encode()
    published = versions.publish(files, expected=0, by="owner@shop.example")
    assert published.number == 1 and published.manifest["catalog/fr-FR.tsv"]["chunks"] == 3
    assert versions.files(versions.current()) == files


def test_one_of_two_publishers_wins(store, clock):
    versions = ContentVersions(store, clock=clock)
    files = read_folder(EXAMPLE)
    versions.publish(files, expected=0, by="a@shop.example")
    with pytest.raises(PublishConflict):
        versions.publish(files, expected=0, by="b@shop.example")
    audit = Put("audit", "x", {"what": "publish"})
    second = versions.publish(files, expected=1, by="b@shop.example", also=[audit])
    assert second.number == 2 and store.get("audit", "x") is not None


def test_a_draft_is_checked_saved_and_published(store, clock):
    drafts = Drafts(store, EXAMPLE, clock=clock)
    _, _, files = drafts.working()
    broken = {
        COFFEE: files[COFFEE].replace(b"offer: {product: oxy-spray-250", b"offer: {product: nope")
    }
    with pytest.raises(ContentErrors) as errors:
        check_files({**files, **broken})
    assert any(e.file == COFFEE and e.field == "offer.product" for e in errors.value.errors)
    new = edited(files)
    draft = drafts.save({COFFEE: new[COFFEE]}, by="staff@shop.example", expected=None)
    with pytest.raises(PublishConflict):
        drafts.save({COFFEE: new[COFFEE]}, by="other@shop.example", expected=None)
    assert drafts.working()[2][COFFEE] == new[COFFEE]
    published = drafts.publish(by="owner@shop.example")
    assert published.number == 1 and drafts.draft() is None
    assert drafts.working()[2][COFFEE] == new[COFFEE]  # now the published version
    assert store.query("content#draft") == []
    with pytest.raises(PublishConflict):  # the draft was read before the publication
        drafts.save({COFFEE: files[COFFEE]}, by="staff@shop.example", expected=draft)


def test_the_skill_follows_a_publication_without_a_restart(store, clock, tmp_path):
    counting = CountingStore(store)
    skill = build_skill(Settings(db_path=tmp_path / "x.sqlite3"), store=counting, clock=clock)
    shopper = Simulator(skill, "en-US", user_id="amzn1.ask.account.FOLLOWER")

    def turn(text: str) -> tuple[str, int]:
        before = counting.requests
        said = shopper.say(text)
        return said, counting.requests - before

    shopper.launch()
    said, requests = turn("how do I get coffee out of my cotton shirt")
    assert NEW_STEP not in said and requests <= 2  # one read, one write: no look for content
    drafts = Drafts(store, EXAMPLE, clock=clock)
    drafts.save({COFFEE: edited(drafts.working()[2])[COFFEE]}, by="o@shop.example", expected=None)
    drafts.publish(by="o@shop.example")
    shopper.end()
    shopper.launch()
    said, requests = turn("how do I get coffee out of my cotton shirt")
    assert NEW_STEP not in said and requests <= 2  # not yet looked at
    clock.advance(CHECK_EVERY + 1)
    shopper.end()
    shopper.launch()  # this turn looks, once
    said, _ = turn("how do I get coffee out of my cotton shirt")
    assert NEW_STEP in said
    _, requests = turn("next")
    assert requests <= 2


def test_every_file_of_a_content_folder_is_published():
    """A kind of content file the publication left out would vanish at the first publish."""
    example = Path(__file__).resolve().parents[2] / "content" / "example"
    files = [p.relative_to(example).as_posix() for p in example.rglob("*.yaml")]
    assert {"prompts.yaml", "samples.yaml", "campaigns.yaml"} <= set(files)
    assert [f for f in files if not is_content_path(f)] == []
