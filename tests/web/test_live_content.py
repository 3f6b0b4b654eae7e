"""The pages read the content published last, as the skill does: a reward's new label reaches
the shopper's account page after a console publish, without a restart."""

from __future__ import annotations

from content.drafts import Drafts
from content.versions import CHECK_EVERY
from web.context import EXTENSION


def test_the_pages_follow_a_publication(app, store, clock, settings):
    context = app.extensions[EXTENSION]
    rule = context.content.marketing.rule("first-gift")
    assert rule is not None and rule.text["fr-FR"].label == "Don doublé"
    drafts = Drafts(store, settings.content_dir, clock=clock)
    files = drafts.working()[2]
    changed = files["campaigns.yaml"].replace("Don doublé".encode(), "Don décuplé".encode())
    drafts.save({"campaigns.yaml": changed}, by="o@shop.example", expected=None)
    drafts.publish(by="o@shop.example")
    clock.advance(CHECK_EVERY + 1)
    rule = context.content.marketing.rule("first-gift")
    assert rule is not None and rule.text["fr-FR"].label == "Don décuplé"
