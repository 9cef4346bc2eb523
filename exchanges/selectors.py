"""Reads. The totals per exchange live here and only here: API, pages and admin all call them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, F, Max, Min, OuterRef, Q, Subquery, Sum

from .models import CATEGORY_FIELDS, Exchange, ExchangeParty, Release, Tranche
from .models import Correction as CorrectionLog


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


def _merge_sides(side_rows, released: dict) -> list[dict]:
    """Each side row (exchange_id, party_id, party__name, party__slug, target) with its release
    aggregates from `released`, keyed by (exchange id, releasing party id)."""
    no_release = {"released": 0, "undisclosed": 0} | {
        f"cat_{name}": None for name in CATEGORY_FIELDS
    }
    return [
        row | no_release | released.get((row["exchange_id"], row["party_id"]), {})
        for row in side_rows
    ]


_RELEASE_SUMS = {
    "released": Sum("count"),
    "undisclosed": Count("id", filter=Q(count__isnull=True)),
    **{f"cat_{name}": Sum(name) for name in CATEGORY_FIELDS},
}


def exchange_totals(exchanges) -> list[ExchangeTotals]:
    """Totals for each exchange in `exchanges` (a queryset or list), in four aggregate queries
    that each read only the exchanges' own rows (indexed), whatever the size of the data.

    `released` sums disclosed counts of the side's releases; a release with no disclosed count
    adds to `undisclosed_tranches` instead. Body repatriations are a different model and are
    never part of these sums.
    """
    from articles.models import Claim  # articles depends on exchanges, not the other way round

    exchanges = list(exchanges)
    if not exchanges:
        return []
    ids = [exchange.pk for exchange in exchanges]
    releases = Release.objects.filter(tranche__exchange_id__in=ids)
    released = {
        (row["tranche__exchange_id"], row["released_by_id"]): row
        for row in releases.values("tranche__exchange_id", "released_by_id")
        .annotate(**_RELEASE_SUMS)
        .order_by()
    }
    side_rows = _merge_sides(
        ExchangeParty.objects.filter(exchange_id__in=ids)
        .values("exchange_id", "party_id", "party__name", "party__slug", "target")
        .order_by("exchange_id", "party__name"),
        released,
    )
    exchange_rows = {
        row["exchange_id"]: row
        for row in Tranche.objects.filter(exchange_id__in=ids, releases__isnull=False)
        .values("exchange_id")
        .annotate(
            tranches=Count("id", distinct=True),
            first=Min("date"),
            last=Max("date"),
            disputed=Count("releases", filter=Q(releases__status=Release.Status.DISPUTED)),
        )
        .order_by()
    }
    for row in (
        Claim.objects.filter(release__tranche__exchange_id__in=ids)
        .values("release__tranche__exchange_id")
        .annotate(sources=Count("source_id", distinct=True))
        .order_by()
    ):
        exchange_rows.setdefault(row["release__tranche__exchange_id"], {})["sources"] = row[
            "sources"
        ]
    return _assemble(exchanges, side_rows, exchange_rows)


def _side_totals(row: dict) -> SideTotals:
    """One side from an aggregate row: party__name, party__slug, target, released, undisclosed,
    cat_<category>. The per-side arithmetic shared by the current and the as-of totals."""
    return SideTotals(
        party=row["party__name"],
        party_slug=row["party__slug"],
        target=row["target"],
        released=row["released"] or 0,
        undisclosed_tranches=row["undisclosed"] or 0,
        by_category={
            name: row[f"cat_{name}"] for name in CATEGORY_FIELDS if row[f"cat_{name}"] is not None
        },
    )


def _assemble(exchanges: list[Exchange], side_rows, exchange_rows: dict) -> list[ExchangeTotals]:
    sides: dict[int, list[SideTotals]] = {exchange.pk: [] for exchange in exchanges}
    for row in side_rows:
        sides[row["exchange_id"]].append(_side_totals(row))
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


# --- As of a past day, from django-simple-history's tables --------------------------------------


def _as_of(model, cutoff: datetime.datetime):
    """Each record's latest historical row written before `cutoff`, unless that row is a deletion."""
    history = model.history.model
    latest = (
        history.objects.filter(id=OuterRef("id"), history_date__lt=cutoff)
        .order_by("-history_date", "-history_id")
        .values("history_id")[:1]
    )
    return history.objects.filter(history_date__lt=cutoff, history_id=Subquery(latest)).exclude(
        history_type="-"
    )


def _releases_as_of(ids: list[int], cutoff: datetime.datetime):
    """Releases as of `cutoff`, each with its tranche's exchange and date as of `cutoff`."""
    tranche = _as_of(Tranche, cutoff).filter(id=OuterRef("tranche_id"))
    return (
        _as_of(Release, cutoff)
        .annotate(
            as_of_exchange=Subquery(tranche.values("exchange_id")[:1]),
            as_of_date=Subquery(tranche.values("date")[:1]),
        )
        .filter(as_of_exchange__in=ids)
    )


def exchange_totals_as_of(exchanges, day: datetime.date) -> list[ExchangeTotals]:
    """`exchange_totals` as published at the end of `day` (UTC), in four queries.

    Sides, tranches and releases come from their history; sources count the claims recorded by
    then that support a release of the exchange as of then.
    """
    exchanges = list(exchanges)
    if not exchanges:
        return []
    ids = [exchange.pk for exchange in exchanges]
    cutoff = datetime.datetime.combine(
        day + datetime.timedelta(days=1), datetime.time(), datetime.UTC
    )
    releases = _releases_as_of(ids, cutoff)
    released = {
        (row["as_of_exchange"], row["released_by_id"]): row
        for row in releases.values("as_of_exchange", "released_by_id")
        .annotate(
            released=Sum("count"),
            undisclosed=Count("history_id", filter=Q(count__isnull=True)),
            **{f"cat_{name}": Sum(name) for name in CATEGORY_FIELDS},
        )
        .order_by()
    }
    side_rows = _merge_sides(
        _as_of(ExchangeParty, cutoff)
        .filter(exchange_id__in=ids)
        .values("exchange_id", "party_id", "party__name", "party__slug", "target")
        .order_by("exchange_id", "party__name"),
        released,
    )
    exchange_rows = {
        row["as_of_exchange"]: row
        for row in releases.values("as_of_exchange")
        .annotate(
            tranches=Count("tranche_id", distinct=True),
            first=Min("as_of_date"),
            last=Max("as_of_date"),
            disputed=Count("history_id", filter=Q(status=Release.Status.DISPUTED)),
        )
        .order_by()
    }
    from articles.models import Claim  # articles depends on exchanges, not the other way round

    for row in (
        Claim.objects.filter(created_at__lt=cutoff)
        .annotate(
            as_of_exchange=Subquery(
                releases.filter(id=OuterRef("release_id")).values("as_of_exchange")[:1]
            )
        )
        .filter(as_of_exchange__in=ids)
        .values("as_of_exchange")
        .annotate(sources=Count("source_id", distinct=True))
        .order_by()
    ):
        exchange_rows.setdefault(row["as_of_exchange"], {})["sources"] = row["sources"]
    return _assemble(exchanges, side_rows, exchange_rows)


# --- Pages: reads for the public site (added by the site work, issue #6) ------------------------


def public_tranches():
    """Tranches the public site shows: those of public exchanges and those not yet assigned."""
    return Tranche.objects.filter(
        Q(exchange__isnull=True) | ~Q(exchange__status=Exchange.Status.DRAFT)
    )


def tranches_timeline(*, exchange=None, party=None, year: int | None = None, newest_first=True):
    """Public tranches, filtered, with their exchange and releases ready to display."""
    from django.db.models import Exists, Prefetch

    tranches = public_tranches()
    if exchange is not None:
        tranches = tranches.filter(exchange=exchange)
    if party is not None:
        involved = Release.objects.filter(tranche=OuterRef("pk")).filter(
            Q(released_by=party) | Q(received_by=party)
        )
        tranches = tranches.filter(Exists(involved))
    if year is not None:
        tranches = tranches.filter(date__year=year)
    date_order = F("date").desc(nulls_last=True) if newest_first else F("date").asc(nulls_last=True)
    return (
        tranches.select_related("exchange")
        .prefetch_related(
            Prefetch(
                "releases", queryset=Release.objects.select_related("released_by", "received_by")
            )
        )
        .order_by(date_order, "-id" if newest_first else "id")
    )


def site_last_updated() -> datetime.datetime | None:
    """When the public figures last changed: the latest tranche or release update."""
    row = public_tranches().aggregate(
        tranche=Max("updated_at"), release=Max("releases__updated_at")
    )
    stamps = [stamp for stamp in row.values() if stamp is not None]
    return max(stamps) if stamps else None


@dataclass(frozen=True)
class Change:
    field: str
    before: str
    after: str


@dataclass(frozen=True)
class CorrectionEntry:
    """One recorded change to an exchange's figures that an editor made or that touched a figure
    an editor had locked."""

    when: datetime.datetime
    subject: str
    changes: list[Change]
    reason: str
    by_editor: bool
    tranche_id: int | None = None


_RELEASE_FIELDS = ("count", *CATEGORY_FIELDS, "status", "locked")
_SIDE_FIELDS = ("target", "target_locked")


def _shown(field_name: str, value) -> str:
    if field_name == "status":
        return str(Release.Status(value).label) if value in Release.Status.values else str(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None:
        return "undisclosed" if field_name in ("count", "target") else "—"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _corrections_from(rows, fields, subject_of, tranche_of) -> list[CorrectionEntry]:
    """Walk each record's history in order and keep the rows that are corrections. The last of
    `fields` is the record's lock flag."""
    lock = fields[-1]
    result, previous = [], {}
    for row in rows:
        before = previous.get(row.id)
        previous[row.id] = row
        reason = (row.history_change_reason or "").strip()
        by_editor = bool(reason or row.history_user_id)
        was_locked = before is not None and getattr(before, lock)
        if not (by_editor or was_locked or getattr(row, lock)):
            continue
        if row.history_type == "+":
            changes = [Change(name, "", _shown(name, getattr(row, name))) for name in fields[:1]]
        elif row.history_type == "-":
            changes = [Change("record", "present", "removed")]
        else:
            changes = [
                Change(name, _shown(name, getattr(before, name)), _shown(name, getattr(row, name)))
                for name in fields
                if before is not None and getattr(before, name) != getattr(row, name)
            ]
        if row.history_type == "+" and not by_editor:
            continue
        if changes:
            result.append(
                CorrectionEntry(
                    row.history_date, subject_of(row), changes, reason, by_editor, tranche_of(row)
                )
            )
    return result


def exchange_corrections(exchange: Exchange) -> list[CorrectionEntry]:
    """Corrections to an exchange's releases and sides, newest first, in two queries.

    A historical row is a correction when it carries a change reason or an editor, or when it
    changes a release (or target) that was locked. Ingestion's own re-saves are left out.
    """
    edited = Q(history_change_reason__gt="") | Q(history_user__isnull=False)
    release_history = Release.history.model.objects
    release_rows = (
        release_history.filter(tranche__exchange=exchange)
        .filter(id__in=release_history.filter(edited | Q(locked=True)).values("id"))
        .select_related("tranche", "released_by", "received_by")
        .order_by("id", "history_date", "history_id")
    )
    side_history = ExchangeParty.history.model.objects
    side_rows = (
        side_history.filter(exchange=exchange)
        .filter(id__in=side_history.filter(edited | Q(target_locked=True)).values("id"))
        .select_related("party")
        .order_by("id", "history_date", "history_id")
    )

    def release_subject(row) -> str:
        day = f"{row.tranche.date:%-d %B %Y}" if row.tranche.date else "undated tranche"
        return f"{row.released_by.name} → {row.received_by.name}, {day}"

    corrections = _corrections_from(
        release_rows, _RELEASE_FIELDS, release_subject, lambda row: row.tranche_id
    ) + _corrections_from(
        side_rows, _SIDE_FIELDS, lambda row: f"Target of {row.party.name}", lambda row: None
    )
    corrections += _structural_corrections(exchange)
    return sorted(corrections, key=lambda item: item.when, reverse=True)


def _structural_corrections(exchange: Exchange) -> list[CorrectionEntry]:
    """Merges, splits and re-assignments editors made: logged by the services, not in any
    one record's history."""
    rows = CorrectionLog.objects.filter(
        exchange=exchange, action__in=["merge", "split", "assign"]
    ).order_by("-created_at")[:200]
    return [
        CorrectionEntry(
            row.created_at,
            row.description,
            [Change(row.action, _brief(row.before), _brief(row.after))],
            row.reason,
            True,
            row.tranche_id,
        )
        for row in rows
    ]


def _brief(values: dict) -> str:
    return ", ".join(f"{key} {value}" for key, value in values.items())
