"""Rows for the schemathesis run that the demo articles may not cover (a draft exchange, an
unassigned and a disputed tranche, claims with sources), and an editor with a token.

Idempotent. Prints the editor's token on the last line of stdout.
Run with the project's settings: `python .ci/schemathesis_seed.py`.
"""

import datetime
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import Permission, User  # noqa: E402
from django.db import transaction  # noqa: E402
from rest_framework.authtoken.models import Token  # noqa: E402

from articles.models import Claim, Source  # noqa: E402
from exchanges.models import Exchange, ExchangeParty, Party, Release, Tranche  # noqa: E402


def party(name: str) -> Party:
    found = Party.objects.filter(name=name).first()
    return found or Party.objects.create(name=name)


def exchange(slug: str, title: str, status: str, targets: dict) -> Exchange:
    made, _ = Exchange.objects.get_or_create(
        slug=slug,
        defaults={"title": title, "status": status, "agreed_on": datetime.date(2025, 5, 16)},
    )
    for name, target in targets.items():
        ExchangeParty.objects.get_or_create(
            exchange=made, party=party(name), defaults={"target": target}
        )
    return made


def tranche(exchange_obj, day: str, releases: list, status=Release.Status.REPORTED) -> None:
    date = datetime.date.fromisoformat(day)
    if Tranche.objects.filter(exchange=exchange_obj, date=date).exists():
        return
    made = Tranche.objects.create(exchange=exchange_obj, date=date)
    for released_by, received_by, count in releases:
        release = Release.objects.create(
            tranche=made, released_by=party(released_by), received_by=party(received_by),
            count=count, military=count, status=status,
        )  # fmt: skip
        quote = f"{released_by} released {count if count is not None else 'an undisclosed number of'} prisoners on {day}."
        source = Source.objects.create(
            url=f"https://news.example/{day}/{release.pk}", title=f"Exchange on {day}",
            outlet="Example News", published_on=date, raw_content=quote,
            content_hash=f"seed-{release.pk}", status=Source.Status.PARSED,
        )  # fmt: skip
        Claim.objects.create(
            source=source, kind=Claim.Kind.RELEASE, released_by=release.released_by,
            received_by=release.received_by, count=count, event_date=date, quote=quote,
            quote_start=0, quote_end=len(quote), release=release, exchange=exchange_obj,
        )  # fmt: skip


@transaction.atomic
def seed() -> str:
    swap = exchange("seed-1000-for-1000", "1,000 for 1,000 (seed)", "completed",
                    {"Russia": 1000, "Ukraine": 1000})  # fmt: skip
    tranche(swap, "2025-05-23", [("Russia", "Ukraine", 390), ("Ukraine", "Russia", 390)])
    tranche(swap, "2025-05-24", [("Russia", "Ukraine", 307), ("Ukraine", "Russia", None)],
            status=Release.Status.DISPUTED)  # fmt: skip
    tranche(None, "2025-06-09", [("Russia", "Ukraine", 12)])
    draft = exchange(
        "seed-draft", "Unannounced talks", Exchange.Status.DRAFT, {"Russia": 5, "Ukraine": 5}
    )
    tranche(draft, "2025-07-01", [("Russia", "Ukraine", 5)])
    editor, _ = User.objects.get_or_create(username="schemathesis-editor")
    editor.user_permissions.add(
        *Permission.objects.filter(codename__in=["add_source", "change_release"])
    )
    return Token.objects.get_or_create(user=editor)[0].key


if __name__ == "__main__":
    print(seed())
