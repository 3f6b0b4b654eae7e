"""The console's campaigns page: the report's numbers in a table and a chart, for any merchant
user, and only for them."""

from __future__ import annotations

from skill.state import EVENTS_PK
from store.base import Put
from tests.web.test_console_pages import owner, settings, signed_in  # noqa: F401 (fixtures)


def heard(store, clock, shopper: str, campaign: str) -> None:
    at = clock()
    event = {"kind": "campaign_heard", "campaign": campaign, "at": at, "locale": "fr-FR"}
    store.write([Put(EVENTS_PK, f"{at:017.6f}#{shopper}#{campaign}", event, expect=0)])


def test_the_campaigns_page_shows_reach_with_a_chart(owner, app, store, clock):  # noqa: F811
    heard(store, clock, "aaaaaaaaaaaa", "welcome")
    heard(store, clock, "bbbbbbbbbbbb", "welcome")
    page = owner.get("/console/campaigns?lang=fr-FR")
    assert page.status_code == 200
    assert "Campagnes et récompenses" in page.text and "<svg" in page.text
    row = page.text.split('data-promotion="welcome"', 1)[1].split("</tr>", 1)[0]
    assert "Remise de bienvenue" in row and '<td class="num">2</td>' in row
    assert app.test_client().get("/console/campaigns").status_code == 302
