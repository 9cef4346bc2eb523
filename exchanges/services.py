"""Writes to exchanges, tranches and releases: matching claims to records, reconciling figures,
and editors' corrections. Every function expects to run inside the caller's transaction."""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable

from django.db import transaction
from django.db.models import F, Q
from django.utils.text import slugify

from .models import (
    CATEGORY_FIELDS,
    BodyRepatriation,
    Exchange,
    ExchangeParty,
    Party,
    PartyAlias,
    Release,
    Tranche,
)

# How long after its agreement an exchange is taken to be "in force" for unattributed releases.
EXCHANGE_IN_FORCE_DAYS = 120


class EditorialError(Exception):
    """An editor's action that cannot be carried out (e.g. a count below zero)."""


def party_resolve(name: str) -> Party:
    """The Party for a canonical name or a known alias; created when new."""
    name = name.strip()
    party = Party.objects.filter(name__iexact=name).first()
    if party is None:
        alias = PartyAlias.objects.select_related("party").filter(alias__iexact=name).first()
        party = alias.party if alias else None
    if party is None:
        party, _ = Party.objects.get_or_create(name=name, defaults={"slug": _unique_slug(Party, name)})
    return party


def parties_lock(parties: Iterable[Party]) -> None:
    """Serialise matching for these parties, so concurrent ingestions cannot create twins."""
    ids = sorted({party.pk for party in parties})
    list(Party.objects.select_for_update().filter(pk__in=ids).order_by("pk").values_list("pk"))


def _unique_slug(model, text: str) -> str:
    base = slugify(text)[:180] or "item"
    slug, index = base, 2
    while model.objects.filter(slug=slug).exists():
        slug, index = f"{base}-{index}", index + 1
    return slug


def _exchanges_between(parties: list[Party]):
    queryset = Exchange.objects.all()
    for party in parties:
        queryset = queryset.filter(sides__party=party)
    return queryset.distinct()


def exchange_match_or_create(
    *,
    parties: list[Party],
    target_per_side: int | None,
    agreed_on: datetime.date | None,
    venue: str,
    published_on: datetime.date | None,
) -> Exchange | None:
    """The exchange an agreement statement describes; a new one if it is specific enough."""
    candidates = _exchanges_between(parties)
    if agreed_on:
        exchange = candidates.filter(agreed_on=agreed_on).first()
        if exchange is None and target_per_side:
            exchange = candidates.filter(
                agreed_on__isnull=True, sides__target=target_per_side
            ).first()
    elif target_per_side:
        in_window = candidates.filter(sides__target=target_per_side)
        if published_on:
            in_window = in_window.filter(
                Q(agreed_on__isnull=True)
                | Q(
                    agreed_on__lte=published_on,
                    agreed_on__gte=published_on - datetime.timedelta(days=EXCHANGE_IN_FORCE_DAYS),
                )
            )
        exchange = in_window.order_by("-agreed_on").first()
    else:
        return exchange_in_force(parties, published_on) if published_on else None
    if exchange is None:
        if not (agreed_on or target_per_side):
            return None
        exchange = _exchange_create(parties, target_per_side, agreed_on, venue)
    _exchange_fill_gaps(exchange, parties, target_per_side, agreed_on, venue)
    return exchange


def _exchange_create(parties, target_per_side, agreed_on, venue) -> Exchange:
    names = "–".join(party.name for party in parties)
    title = names + (f": {target_per_side:,} for {target_per_side:,}" if target_per_side else " exchange")
    if agreed_on:
        title += f" (agreed {agreed_on:%-d %B %Y}{', ' + venue if venue else ''})"
    return Exchange.objects.create(
        title=title,
        slug=_unique_slug(Exchange, f"{names} {agreed_on or ''} {target_per_side or ''}"),
        agreed_on=agreed_on,
        venue=venue or "",
    )


def _exchange_fill_gaps(exchange, parties, target_per_side, agreed_on, venue) -> None:
    """Ingestion fills what is missing; it never overwrites a value already set."""
    changed = []
    if agreed_on and not exchange.agreed_on:
        exchange.agreed_on, changed = agreed_on, changed + ["agreed_on"]
    if venue and not exchange.venue:
        exchange.venue, changed = venue, changed + ["venue"]
    if changed:
        exchange.save(update_fields=[*changed, "updated_at"])
    for party in parties:
        side, _ = ExchangeParty.objects.get_or_create(exchange=exchange, party=party)
        if target_per_side and side.target is None and not side.target_locked:
            side.target = target_per_side
            side.save(update_fields=["target"])


def exchange_in_force(parties: list[Party], day: datetime.date | None) -> Exchange | None:
    """The latest exchange between these parties agreed on or before `day`, within its window."""
    if day is None:
        return None
    return (
        _exchanges_between(parties)
        .filter(
            agreed_on__lte=day,
            agreed_on__gte=day - datetime.timedelta(days=EXCHANGE_IN_FORCE_DAYS),
        )
        .order_by("-agreed_on")
        .first()
    )


def release_match(
    *,
    exchange: Exchange | None,
    date: datetime.date,
    released_by: Party,
    received_by: Party,
) -> Release:
    """The release for this (exchange, day, direction), created when new.

    A same-day unassigned tranche between the same parties is adopted by the exchange, so
    that articles read before the agreement was known do not leave a twin tranche behind.
    """
    pair = Q(releases__released_by__in=[released_by, received_by]) & Q(
        releases__received_by__in=[released_by, received_by]
    )
    same_day = Tranche.objects.filter(date=date).filter(pair)
    if exchange is None:
        # No agreement known for this release: join whatever record that day already has.
        tranche = same_day.order_by(F("exchange_id").asc(nulls_last=True), "pk").first()
    else:
        tranche = same_day.filter(exchange=exchange).order_by("pk").first()
    if tranche is None:
        tranche = same_day.filter(exchange__isnull=True).order_by("pk").first()
        if tranche is not None and exchange is not None:
            tranche.exchange = exchange
            tranche.save(update_fields=["exchange", "updated_at"])
    if tranche is None:
        tranche = Tranche.objects.create(exchange=exchange, date=date)
    if tranche.exchange_id:
        for party in (released_by, received_by):
            ExchangeParty.objects.get_or_create(exchange_id=tranche.exchange_id, party=party)
    release, _ = Release.objects.get_or_create(
        tranche=tranche, released_by=released_by, received_by=received_by
    )
    return release


def repatriation_match(
    *, date: datetime.date | None, released_by: Party, received_by: Party
) -> BodyRepatriation:
    if date is None:
        return BodyRepatriation.objects.create(released_by=released_by, received_by=received_by)
    repatriation, _ = BodyRepatriation.objects.get_or_create(
        date=date, released_by=released_by, received_by=received_by
    )
    return repatriation


def _consensus(values: list[int]) -> tuple[int | None, bool]:
    """The figure most sources state (ties: the larger, as later reports count late arrivals)
    and whether they disagree."""
    if not values:
        return None, False
    counts = Counter(values)
    best = max(counts.items(), key=lambda item: (item[1], item[0]))[0]
    return best, len(counts) > 1


def release_reconcile(release: Release) -> Release:
    """Set the release's figures from its claims, unless an editor has locked them."""
    if release.locked:
        return release
    claims = list(release.claims.select_related("source"))
    count, disputed = _consensus([claim.count for claim in claims if claim.count is not None])
    release.count = count
    for name in CATEGORY_FIELDS:
        value, _ = _consensus([getattr(c, name) for c in claims if getattr(c, name) is not None])
        setattr(release, name, value)
    sources = {claim.source_id for claim in claims}
    if disputed:
        release.status = Release.Status.DISPUTED
    elif release.status != Release.Status.CONFIRMED:
        release.status = (
            Release.Status.CORROBORATED if len(sources) > 1 else Release.Status.REPORTED
        )
    release.save()
    return release


def repatriation_reconcile(repatriation: BodyRepatriation) -> BodyRepatriation:
    if repatriation.locked:
        return repatriation
    claims = list(repatriation.claims.all())
    repatriation.count, _ = _consensus([c.count for c in claims if c.count is not None])
    repatriation.save()
    return repatriation


def release_prune(release: Release) -> None:
    """Drop a release no source supports any more (unless an editor locked it)."""
    if release.locked or release.claims.exists():
        return
    tranche = release.tranche
    release.delete()
    if not tranche.releases.exists():
        tranche.delete()


def exchange_refresh_status(exchange: Exchange) -> None:
    """Move an agreed exchange to in progress / completed as releases arrive."""
    from .selectors import exchange_totals_one

    if exchange.status in (Exchange.Status.DRAFT, Exchange.Status.STALLED):
        return
    totals = exchange_totals_one(exchange)
    targets = [side for side in totals.sides if side.target]
    if targets and all(side.released >= side.target for side in targets):
        status = Exchange.Status.COMPLETED
    elif totals.tranches:
        status = Exchange.Status.IN_PROGRESS
    else:
        status = Exchange.Status.AGREED
    if status != exchange.status:
        exchange.status = status
        exchange.save(update_fields=["status", "updated_at"])


@transaction.atomic
def release_set_editor_value(
    *,
    release: Release,
    count: int | None,
    categories: dict[str, int | None] | None = None,
    editor,
    reason: str,
) -> Release:
    """An editor's figure: it locks the release against ingestion and re-parse."""
    if count is not None and count < 0:
        raise EditorialError("A count cannot be negative.")
    unknown = set(categories or {}) - set(CATEGORY_FIELDS)
    if unknown:
        raise EditorialError(f"Unknown categories: {', '.join(sorted(unknown))}.")
    if not reason.strip():
        raise EditorialError("Say why the figure changes: a reason is required.")
    release = Release.objects.select_for_update().get(pk=release.pk)
    release.count = count
    for name, value in (categories or {}).items():
        if value is not None and value < 0:
            raise EditorialError(f"{name} cannot be negative.")
        setattr(release, name, value)
    release.locked = True
    release.status = Release.Status.CONFIRMED
    release.editor_note = reason
    release._change_reason = reason
    release._history_user = editor
    release.save()
    return release
