"""Small builders for tests: real rows through the ORM, nothing mocked."""

import datetime

from exchanges.models import Exchange, ExchangeParty, Party, Release, Tranche


def party(name: str) -> Party:
    return Party.objects.get_or_create(name=name)[0]


def exchange(title="1,000 for 1,000", targets=None, **fields) -> Exchange:
    from django.utils.text import slugify

    fields.setdefault("slug", slugify(title))
    created = Exchange.objects.create(title=title, **fields)
    for name, target in (targets or {}).items():
        ExchangeParty.objects.create(exchange=created, party=party(name), target=target)
    return created


def tranche(exchange_obj, date, releases) -> Tranche:
    """`releases` is a list of (released_by, received_by, count, categories)."""
    made = Tranche.objects.create(exchange=exchange_obj, date=datetime.date.fromisoformat(date))
    for released_by, received_by, count, *rest in releases:
        Release.objects.create(
            tranche=made,
            released_by=party(released_by),
            received_by=party(received_by),
            count=count,
            **(rest[0] if rest else {}),
        )
    return made
