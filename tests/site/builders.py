"""Sourced data for the site's tests: an exchange with tranches, articles and the claims they
state, built through the ORM (and the editors' service for corrections)."""

from __future__ import annotations

import datetime

from articles.models import Claim, Source
from exchanges.models import Exchange, Release
from tests import factories

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" <b>bold</b>'


def source(title: str, text: str, *, outlet="Wire", published="2025-05-24", url=None) -> Source:
    return Source.objects.create(
        title=title,
        outlet=outlet,
        published_on=datetime.date.fromisoformat(published),
        url=url,
        raw_content=text,
        extracted_text=text,
        status=Source.Status.PARSED,
    )


def claim(source_obj: Source, sentence: str, *, release=None, exchange=None, count=None, **fields):
    """A claim quoting `sentence`, which must occur in the source's text."""
    start = source_obj.extracted_text.index(sentence)
    kind = fields.pop("kind", Claim.Kind.RELEASE if release else Claim.Kind.TARGET)
    return Claim.objects.create(
        source=source_obj,
        kind=kind,
        count=count,
        release=release,
        exchange=exchange,
        released_by=release.released_by if release else None,
        received_by=release.received_by if release else None,
        event_date=release.tranche.date if release else None,
        quote=sentence,
        quote_start=start,
        quote_end=start + len(sentence),
        **fields,
    )


def sourced_exchange(tranches: int = 3, *, title="1,000 for 1,000") -> Exchange:
    """Russia and Ukraine, 1,000 each, `tranches` days of releases from 23 May 2025, each
    direction stated by its own article; the first Ukrainian release is disputed (two versions)."""
    exchange = factories.exchange(
        title,
        targets={"Russia": 1000, "Ukraine": 1000},
        venue="Istanbul",
        agreed_on=datetime.date(2025, 5, 16),
        status=Exchange.Status.IN_PROGRESS,
    )
    agreement = source(
        f"{title}: deal agreed in Istanbul",
        "Delegations met in Istanbul. The sides agreed to exchange 1,000 prisoners each.",
        published="2025-05-16",
    )
    claim(
        agreement,
        "The sides agreed to exchange 1,000 prisoners each.",
        exchange=exchange,
        count=1000,
    )
    for index in range(tranches):
        day = datetime.date(2025, 5, 23) + datetime.timedelta(days=index)
        count = [390, 307, 303][index] if index < 3 else 10
        made = factories.tranche(
            exchange,
            day.isoformat(),
            [("Russia", "Ukraine", count), ("Ukraine", "Russia", count)],
        )
        for release in made.releases.all():
            sentence = f"{release.released_by} released {count} prisoners on {day:%-d %B}."
            article = source(
                f"Day {index + 1}: {release.released_by} frees {count}",
                f"Kyiv and Moscow. {sentence} More were expected.",
                published=day.isoformat(),
                url=f"https://news.example.org/{title[:5]}/{day}/{release.released_by.slug}",
            )
            claim(article, sentence, release=release, count=count)
        if index == 0:
            release = made.releases.get(released_by__name="Ukraine")
            other = source(
                "Officials give a different figure",
                "Officials said 392 prisoners were released by Ukraine on Friday.",
                outlet="Ledger",
                published=day.isoformat(),
            )
            claim(other, "392 prisoners were released by Ukraine", release=release, count=392)
            Release.objects.filter(pk=release.pk).update(status=Release.Status.DISPUTED)
    return exchange
