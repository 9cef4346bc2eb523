"""The matching rules: parties, agreements to exchanges, when an exchange takes a release, and
how a release's figures follow from its claims. Releases and repatriations are matched in bulk
by `ledger.Ledger` with these rules. Every function runs inside the caller's transaction."""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable

from django.db.models import F, Q, Sum
from django.db.models.functions import Lower
from django.utils.text import slugify

from ..models import (
    CATEGORY_FIELDS,
    Exchange,
    ExchangeParty,
    Party,
    PartyAlias,
    Release,
    Tranche,
)

# How long after its agreement an exchange is taken to be "in force" for its releases.
IN_FORCE = datetime.timedelta(days=120)
# Agreement statements with the same parties and target this close in date are one deal.
SAME_DEAL = datetime.timedelta(days=7)


def party_resolve(name: str) -> Party:
    """The Party for a canonical name or a known alias; created when new."""
    name = name.strip()
    party = Party.objects.filter(name__iexact=name).first()
    if party is None:
        alias = PartyAlias.objects.select_related("party").filter(alias__iexact=name).first()
        party = alias.party if alias else None
    if party is None:
        party, _ = Party.objects.get_or_create(
            name=name, defaults={"slug": _unique_slug(Party, name)}
        )
    return party


def parties_resolve(names: Iterable[str]) -> dict[str, Party]:
    """`party_resolve` for several names, with one query for the ones already known."""
    wanted = {name.strip().lower(): name for name in names if name and name.strip()}
    found = {
        party.name.lower(): party
        for party in Party.objects.annotate(lowered=Lower("name")).filter(lowered__in=wanted)
    }
    return {
        original: found.get(lowered) or party_resolve(original)
        for lowered, original in sorted(wanted.items())
    }


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
    """The exchange an agreement statement describes; a new one if it is specific enough.

    A dated statement matches the deal agreed that day (give or take a few days) or makes a new
    one; an undated one joins the latest deal of that size agreed before the article, or makes
    an undated deal when it states a target.
    """
    candidates = _exchanges_between(parties)
    if agreed_on:
        near = candidates.filter(agreed_on__range=(agreed_on - SAME_DEAL, agreed_on + SAME_DEAL))
        if target_per_side:
            near = near.filter(Q(sides__target=target_per_side) | Q(sides__target__isnull=True))
        nearest = sorted(near.distinct(), key=lambda ex: (abs(ex.agreed_on - agreed_on), -ex.pk))
        exchange = nearest[0] if nearest else None
        if exchange is None:
            exchange = _exchange_create(parties, target_per_side, agreed_on, venue)
            _exchange_adopt_unassigned(exchange, parties)
    else:
        exchange = _exchange_recent(candidates, target_per_side, published_on)
        if exchange is None and target_per_side:
            exchange = _exchange_create(parties, target_per_side, None, venue)
    if exchange is not None:
        _exchange_fill_gaps(exchange, parties, target_per_side, agreed_on, venue)
    return exchange


def _exchange_recent(candidates, target: int | None, day: datetime.date | None):
    """The latest deal agreed in the window before `day` (of that size, when a size is given)."""
    if day is None:
        return None
    recent = candidates.filter(
        Q(agreed_on__range=(day - IN_FORCE, day)) | Q(agreed_on__isnull=True)
    )
    if target:
        recent = recent.filter(sides__target=target)
    return recent.order_by(F("agreed_on").desc(nulls_last=True), "-pk").first()


def _exchange_create(parties, target_per_side, agreed_on, venue) -> Exchange:
    names = sorted(party.name for party in parties)
    title = "–".join(names) + (
        f": {target_per_side:,} for {target_per_side:,}" if target_per_side else " exchange"
    )
    if agreed_on:
        title += f" (agreed {agreed_on:%-d %B %Y}{', ' + venue if venue else ''})"
    slug_words = [*names, str(agreed_on or ""), str(target_per_side or "")]
    return Exchange.objects.create(
        title=title,
        slug=_unique_slug(Exchange, " ".join(word for word in slug_words if word)),
        agreed_on=agreed_on,
        venue=venue or "",
    )


def _exchange_adopt_unassigned(exchange: Exchange, parties: list[Party]) -> None:
    """A new deal takes the unassigned tranches between its parties that fall in its window,
    so an article read before the agreement's does not leave its tranche orphaned."""
    window = (exchange.agreed_on, exchange.agreed_on + IN_FORCE)
    orphans = (
        Tranche.objects.filter(exchange__isnull=True, date__range=window)
        .filter(releases__released_by__in=parties, releases__received_by__in=parties)
        .distinct()
        .order_by("date", "pk")
    )
    for tranche in orphans:
        if exchange_accepts(exchange, tranche.date):
            tranche.exchange = exchange
            tranche.save(update_fields=["exchange", "updated_at"])
            for party in parties:
                ExchangeParty.objects.get_or_create(exchange=exchange, party=party)


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


def exchange_complete_before(exchange: Exchange, day: datetime.date) -> bool:
    """Whether every side with a target had released it all before `day`."""
    targets = {
        side.party_id: side.target for side in exchange.sides.all() if side.target is not None
    }
    if not targets:
        return False
    released = dict(
        Release.objects.filter(tranche__exchange=exchange, tranche__date__lt=day)
        .values("released_by")
        .annotate(total=Sum("count"))
        .values_list("released_by", "total")
    )
    return targets_met(targets, released)


def targets_met(targets: dict[int, int], released: dict[int, int | None]) -> bool:
    """Whether every party with a target (party id -> target) has released at least that many."""
    return bool(targets) and all(
        (released.get(party) or 0) >= target for party, target in targets.items()
    )


def exchange_accepts(exchange: Exchange, day: datetime.date) -> bool:
    """A release on `day` can belong to this exchange: on or after its agreement, within the
    window it is taken to be in force, and before it had reached its targets."""
    if not in_window(exchange, day):
        return False
    return not exchange_complete_before(exchange, day)


def in_window(exchange: Exchange, day: datetime.date) -> bool:
    """Whether `day` falls in the time an exchange is taken to be in force (always, undated)."""
    return exchange.agreed_on is None or exchange.agreed_on <= day <= exchange.agreed_on + IN_FORCE


def _consensus(values: list[int]) -> tuple[int | None, bool]:
    """The figure most sources state, and whether they disagree. On a tie the smaller figure
    is shown (a total is never inflated by one outlier); the release is flagged disputed."""
    if not values:
        return None, False
    counts = Counter(values)
    best = max(counts.items(), key=lambda item: (item[1], -item[0]))[0]
    return best, len(counts) > 1


def release_reconcile(release: Release) -> Release:
    """Set the release's figures from its claims, unless an editor has locked them."""
    release = Release.objects.select_for_update().get(pk=release.pk)  # the lock as stored now
    if release.locked:
        return release
    claims = list(release.claims.all())
    if not claims:
        _release_delete(release)
        return release
    if release_apply_claims(release, claims):
        release.save()  # only real changes: each save is a history row and an as-of record
    return release


RELEASE_FIGURES = ("status", "count", *CATEGORY_FIELDS)


def release_apply_claims(release: Release, claims) -> bool:
    """Set a release's figures and status from its claims (objects with `source_id`, `count`
    and the category fields); True when anything changed. The one rule for every caller."""
    stored = tuple(getattr(release, name) for name in RELEASE_FIGURES)
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
    return stored != tuple(getattr(release, name) for name in RELEASE_FIGURES)


def _release_delete(release: Release) -> None:
    tranche = release.tranche
    release.delete()
    if not tranche.releases.exists():
        tranche.delete()


def exchange_refresh_status(exchange: Exchange) -> None:
    """Move an agreed exchange to in progress / completed as releases arrive."""
    from ..selectors import exchange_totals_one

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
