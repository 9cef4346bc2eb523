"""Reads. The totals per exchange live here and only here: API, pages and admin all call them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, F, Max, Min, Q, Sum

from .models import CATEGORY_FIELDS, Exchange, ExchangeParty, Release


@dataclass(frozen=True)
class SideTotals:
    party: str
    party_slug: str
    target: int | None
    released: int
    undisclosed_tranches: int
    by_category: dict[str, int] = field(default_factory=dict)

    @property
    def remaining(self) -> int | None:
        return None if self.target is None else max(self.target - self.released, 0)

    @property
    def percent(self) -> float | None:
        if not self.target:
            return None
        return round(100.0 * self.released / self.target, 1)


@dataclass(frozen=True)
class ExchangeTotals:
    exchange: Exchange
    sides: list[SideTotals]
    tranches: int
    first_release: datetime.date | None
    last_release: datetime.date | None
    sources: int
    disputed: bool


def _in_side_exchange() -> Q:
    """Releases made by the side's party inside the side's own exchange."""
    return Q(party__releases_made__tranche__exchange=F("exchange"))


def exchange_totals(exchanges) -> list[ExchangeTotals]:
    """Totals for each exchange in `exchanges` (a queryset or list), in two aggregate queries.

    `released` sums disclosed counts of the side's releases; a release with no disclosed count
    adds to `undisclosed_tranches` instead. Body repatriations are a different model and are
    never part of these sums.
    """
    exchanges = list(exchanges)
    if not exchanges:
        return []
    ids = [exchange.pk for exchange in exchanges]
    in_exchange = _in_side_exchange()
    side_rows = (
        ExchangeParty.objects.filter(exchange_id__in=ids)
        .values("exchange_id", "party__name", "party__slug", "target")
        .annotate(
            released=Sum("party__releases_made__count", filter=in_exchange),
            undisclosed=Count(
                "party__releases_made",
                filter=in_exchange & Q(party__releases_made__count__isnull=True),
            ),
            **{
                f"cat_{name}": Sum(f"party__releases_made__{name}", filter=in_exchange)
                for name in CATEGORY_FIELDS
            },
        )
        .order_by("exchange_id", "party__name")
    )
    exchange_rows = {
        row["tranche__exchange"]: row
        for row in Release.objects.filter(tranche__exchange_id__in=ids)
        .values("tranche__exchange")
        .annotate(
            tranches=Count("tranche", distinct=True),
            first=Min("tranche__date"),
            last=Max("tranche__date"),
            sources=Count("claims__source", distinct=True),
            disputed=Count("id", filter=Q(status=Release.Status.DISPUTED), distinct=True),
        )
        .order_by()
    }
    sides: dict[int, list[SideTotals]] = {pk: [] for pk in ids}
    for row in side_rows:
        sides[row["exchange_id"]].append(
            SideTotals(
                party=row["party__name"],
                party_slug=row["party__slug"],
                target=row["target"],
                released=row["released"] or 0,
                undisclosed_tranches=row["undisclosed"],
                by_category={
                    name: row[f"cat_{name}"]
                    for name in CATEGORY_FIELDS
                    if row[f"cat_{name}"] is not None
                },
            )
        )
    result = []
    for exchange in exchanges:
        row = exchange_rows.get(exchange.pk, {})
        result.append(
            ExchangeTotals(
                exchange=exchange,
                sides=sides[exchange.pk],
                tranches=row.get("tranches", 0),
                first_release=row.get("first"),
                last_release=row.get("last"),
                sources=row.get("sources", 0),
                disputed=bool(row.get("disputed")),
            )
        )
    return result


def exchange_totals_one(exchange: Exchange) -> ExchangeTotals:
    return exchange_totals([exchange])[0]
