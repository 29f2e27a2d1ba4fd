"""An article written to attack the dashboard: script tags, event-handler attributes and javascript: links in
every field a page shows, stored directly (so that no cleaning step can defuse it first) with a mention and
an event placed on the map."""

from __future__ import annotations

from warta.merge import merge_mentions
from warta.merge.synthetic import make_mention
from warta.records import Article
from warta.store import Store

SCRIPT = "<script>window.__pwned = 'script'</script>"
IMAGE = "<img src=x onerror=\"window.__pwned = 'img'\">"
LINK = "<a href=\"javascript:window.__pwned = 'link'\">klik di sini</a>"
SVG = "<svg onload=\"window.__pwned = 'svg'\"></svg>"
PAYLOADS = (SCRIPT, IMAGE, LINK, SVG)
HOSTILE_TEXT = (f"Pasukan menembaki desa Lachin {SCRIPT} pada Senin. {IMAGE}\n"
                f"Lima orang tewas, kata warga. {LINK} {SVG} Baca: javascript:window.__pwned='bare'")


def store_hostile_article(store: Store) -> tuple[str, str]:
    """Store the hostile article, its mention and event; returns (article id, event id)."""
    article = Article(source=f"hostile/{SCRIPT}.txt", text=HOSTILE_TEXT, outlet=f"Outlet {IMAGE}",
                      title=f"Judul {SCRIPT}{LINK}", url="javascript:window.__pwned='url'", lang="id",
                      published="2020-10-12", dateline=SVG, warnings=[f"warning {IMAGE}"])
    sentence = HOSTILE_TEXT.split("\n")[0]
    mention = make_mention(
        article.article_id, 0, outlet=article.outlet, published="2020-10-12",
        date={"start": "2020-10-12", "end": "2020-10-12", "precision": "day", "text": f"Senin {SCRIPT}"},
        location={"name": f"Lachin {IMAGE}", "country": "AZE", "lat": 39.64, "lon": 46.55, "precision": "town",
                  "text": LINK},
        actor1={"name": f"Unidentified Armed Group {SCRIPT}", "country": "AZE", "kind": "other"},
        actor2={"name": f"Civilians {SVG}", "country": "AZE", "kind": "civilians"},
        fatalities={"killed": {"min": 5, "max": 5}},
        claim={"claimant": f"warga {IMAGE}", "relays": [LINK], "stance": "asserted", "text": SCRIPT},
        evidence=[{"start": 0, "end": len(sentence), "text": sentence}],
    )
    with store.transaction() as conn:
        store.insert_article(conn, article)
        store.insert_mentions(conn, [mention])
        store.save_events(conn, merge_mentions([mention]), {})
    event_id = store.events_of_mentions([mention.mention_id])[mention.mention_id]
    return article.article_id, event_id
