"""Editors' corrections: each one locks what it sets, keeps who, when, before/after and why,
and leaves a public correction entry."""

from __future__ import annotations

import datetime

from django.db import transaction

from ..models import (
    CATEGORY_FIELDS,
    Correction,
    Exchange,
    ExchangeParty,
    Release,
    Tranche,
)
from .matching import exchange_refresh_status, release_reconcile


class EditorialError(Exception):
    """An editor's action that cannot be carried out (e.g. a count below zero)."""


def _figures(release: Release) -> dict:
    return {"count": release.count, **release.categories}


def _require_reason(reason: str) -> str:
    if not reason or not reason.strip():
        raise EditorialError("Say why: a reason is required for every correction.")
    return reason.strip()


def correction_record(
    *,
    action,
    description,
    editor,
    reason,
    release=None,
    tranche=None,
    exchange=None,
    before=None,
    after=None,
) -> Correction:
    """The public log entry for a change an editor made to a published figure."""
    tranche = tranche or (release.tranche if release else None)
    exchange = exchange or (tranche.exchange if tranche else None)
    return Correction.objects.create(
        action=action,
        description=description[:500],
        editor=editor,
        reason=reason,
        release=release,
        tranche=tranche,
        exchange=exchange,
        before=before or {},
        after=after or {},
    )


def _record_figure_change(action, description, *, release, before, editor, reason) -> None:
    """A public correction entry when an editor's action changed a release's figures."""
    after = _figures(release) if release.pk else {}  # {}: the release was removed
    if before == after:
        return
    correction_record(
        action=action,
        description=description,
        editor=editor,
        reason=reason,
        # an unlock can remove a release no source supports (and its emptied tranche)
        release=release if release.pk else None,
        tranche=release.tranche if release.tranche.pk else None,
        exchange=release.tranche.exchange,
        before=before,
        after=after,
    )


def _save_with_reason(instance, *, editor, reason: str) -> None:
    instance._change_reason = reason
    instance._history_user = editor
    instance.save()


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
    reason = _require_reason(reason)
    if count is not None and count < 0:
        raise EditorialError("A count cannot be negative.")
    unknown = set(categories or {}) - set(CATEGORY_FIELDS)
    if unknown:
        raise EditorialError(f"Unknown categories: {', '.join(sorted(unknown))}.")
    if any(value is not None and value < 0 for value in (categories or {}).values()):
        raise EditorialError("A category count cannot be negative.")
    release = (
        Release.objects.select_for_update(of=("self",))
        .select_related("tranche__exchange")
        .get(pk=release.pk)
    )
    before = _figures(release)
    release.count = count
    for name, value in (categories or {}).items():
        setattr(release, name, value)
    release.locked = True
    release.status = Release.Status.CONFIRMED
    release.editor_note = reason
    _save_with_reason(release, editor=editor, reason=reason)
    _record_figure_change(
        "set_value",
        f"{release} on {release.tranche.date}: {before.get('count')} -> {count}",
        release=release,
        before=before,
        editor=editor,
        reason=reason,
    )
    return release


@transaction.atomic
def release_confirm(*, release: Release, editor, reason: str = "Confirmed by editor") -> Release:
    """Confirm the figure as it stands; it is locked against later ingestion."""
    release = Release.objects.select_for_update().get(pk=release.pk)
    release.locked = True
    release.status = Release.Status.CONFIRMED
    _save_with_reason(release, editor=editor, reason=reason)
    return release


@transaction.atomic
def release_unlock(*, release: Release, editor, reason: str) -> Release:
    """Hand the figure back to ingestion: it is reconciled from its claims again."""
    reason = _require_reason(reason)
    release = Release.objects.select_for_update().get(pk=release.pk)
    before = _figures(release)
    release.locked = False
    release.status = Release.Status.REPORTED
    _save_with_reason(release, editor=editor, reason=reason)
    release = release_reconcile(release)  # may delete it, when no source supports it
    _record_figure_change(
        "unlock",
        f"{release}: back to the sources' figure",
        release=release,
        before=before,
        editor=editor,
        reason=reason,
    )
    return release


@transaction.atomic
def side_set_target(
    *, side: ExchangeParty, target: int | None, editor, reason: str
) -> ExchangeParty:
    """An editor's target for one side: locked against ingestion, logged as a correction."""
    reason = _require_reason(reason)
    if target is not None and target < 0:
        raise EditorialError("A target cannot be negative.")
    stored = (
        ExchangeParty.objects.select_for_update(of=("self",))
        .select_related("party", "exchange")
        .get(pk=side.pk)
    )
    before = stored.target
    side.target, side.target_locked = target, True
    _save_with_reason(side, editor=editor, reason=reason)
    if before != target:
        correction_record(
            action="set_target",
            description=f"Target of {stored.party} in {stored.exchange}: {before} -> {target}",
            editor=editor,
            reason=reason,
            exchange=stored.exchange,
            before={"target": before},
            after={"target": target},
        )
    return side


@transaction.atomic
def tranche_assign(*, tranche: Tranche, exchange: Exchange | None, editor, reason: str) -> Tranche:
    reason = _require_reason(reason)
    tranche = Tranche.objects.select_for_update().get(pk=tranche.pk)
    previous = tranche.exchange
    tranche.exchange = exchange
    _save_with_reason(tranche, editor=editor, reason=reason)
    if exchange is not None:
        for release in tranche.releases.all():
            for party_id in (release.released_by_id, release.received_by_id):
                ExchangeParty.objects.get_or_create(exchange=exchange, party_id=party_id)
    correction_record(
        action="assign",
        description=f"{tranche} moved from {previous or 'unassigned'} to {exchange or 'unassigned'}",
        editor=editor,
        reason=reason,
        tranche=tranche,
        exchange=exchange or previous,
        before={"exchange": previous.slug if previous else None},
        after={"exchange": exchange.slug if exchange else None},
    )
    for affected in {previous, exchange} - {None}:
        exchange_refresh_status(affected)
    return tranche


@transaction.atomic
def tranche_merge(*, keep: Tranche, drop: Tranche, editor, reason: str) -> Tranche:
    """Fold `drop` into `keep`: its releases (and their claims, hence sources) move over; a
    direction both have becomes one release reconciled from all the claims."""
    reason = _require_reason(reason)
    if keep.pk == drop.pk:
        raise EditorialError("Choose two different tranches to merge.")
    keep, drop = (Tranche.objects.select_for_update().get(pk=t.pk) for t in (keep, drop))
    for release in list(drop.releases.all()):
        twin = keep.releases.filter(
            released_by_id=release.released_by_id, received_by_id=release.received_by_id
        ).first()
        if twin is None:
            release.tranche = keep
            _save_with_reason(release, editor=editor, reason=reason)
            continue
        release.claims.update(release=twin)
        if release.locked and not twin.locked:
            twin.count, twin.locked, twin.status = release.count, True, release.status
            for name in CATEGORY_FIELDS:
                setattr(twin, name, getattr(release, name))
            _save_with_reason(twin, editor=editor, reason=reason)
        release.delete()
        release_reconcile(twin)
    correction_record(
        action="merge",
        description=f"{drop} merged into {keep}",
        editor=editor,
        reason=reason,
        tranche=keep,
        before={"dropped_tranche": drop.pk, "date": str(drop.date)},
        after={"kept_tranche": keep.pk, "date": str(keep.date)},
    )
    Correction.objects.filter(tranche=drop).update(tranche=keep)
    drop.delete()
    if keep.exchange_id:
        exchange_refresh_status(keep.exchange)
    return keep


@transaction.atomic
def tranche_split(
    *, tranche: Tranche, releases: list[Release], date: datetime.date | None, editor, reason: str
) -> Tranche:
    """Move some releases (with their claims) out to a new tranche of the same exchange."""
    reason = _require_reason(reason)
    ids = {release.pk for release in releases}
    own = set(tranche.releases.values_list("pk", flat=True))
    if not ids or not ids <= own:
        raise EditorialError("Choose releases of this tranche to split off.")
    if ids == own and (date is None or date == tranche.date):
        raise EditorialError("Splitting off every release needs a different date.")
    new = Tranche.objects.create(exchange=tranche.exchange, date=date or tranche.date)
    for release in Release.objects.filter(pk__in=ids):
        release.tranche = new
        _save_with_reason(release, editor=editor, reason=reason)
    correction_record(
        action="split",
        description=f"{len(ids)} release(s) split from {tranche} into {new}",
        editor=editor,
        reason=reason,
        tranche=new,
        before={"tranche": tranche.pk},
        after={"tranche": new.pk, "date": str(new.date)},
    )
    if not tranche.releases.exists():
        tranche.delete()
    return new
