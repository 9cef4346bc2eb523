"""Matching many articles at once: the matching rules applied to an in-memory copy of the
records a batch of articles can touch, then written back in a few bulk statements.

Matching one article through the ORM costs dozens of queries. A `Ledger` loads, once per batch,
the exchanges between the batch's parties, the tranches and releases of its days (locked, with
their claims) and the body repatriations of those days; it then applies each article in turn,
so an article still sees everything the articles before it changed (an exchange completed by
one is closed to the next); `flush` writes the outcome, with history rows. Everything runs
inside the caller's transaction.
"""

from __future__ import annotations

import datetime
import itertools
from collections import defaultdict, namedtuple
from collections.abc import Iterable

from django.utils import timezone

from ..models import CATEGORY_FIELDS, BodyRepatriation, Exchange, ExchangeParty, Release, Tranche
from .bulk import history_insert, rows_create, rows_insert, rows_update
from .matching import (
    IN_FORCE,
    RELEASE_FIGURES,
    _consensus,
    exchange_refresh_status,
    in_window,
    release_apply_claims,
    targets_met,
)

# What reconciliation reads of a stored claim: plain tuples, as a batch may read thousands.
ClaimFigures = namedtuple(
    "ClaimFigures", ["pk", "source_id", "release_id", "repatriation_id", "count", *CATEGORY_FIELDS]
)
_NEW = 10**15  # new records sort after stored ones, in creation order, like growing primary keys


def _pair(released_by: int, received_by: int) -> frozenset[int]:
    return frozenset((released_by, received_by))


class Ledger:
    """The records a batch of claims can touch. Call `load` first, `flush` last."""

    def __init__(self) -> None:
        self._sequence = itertools.count()
        self._loaded: tuple | None = None
        self._clear()

    def _clear(self) -> None:
        self.exchanges: dict[int, Exchange] = {}
        self.sides: dict[int, dict[int, ExchangeParty]] = defaultdict(dict)
        self.by_day: dict[tuple, list[Tranche]] = defaultdict(list)
        self.by_exchange: dict[int, list[Tranche]] = defaultdict(list)
        self.repatriations: dict[tuple, BodyRepatriation] = {}
        self.tranches_new: list[Tranche] = []
        self.tranches_moved: dict[int, Tranche] = {}
        self.releases_new: list[Release] = []
        self.releases_loaded: dict[int, Release] = {}
        self.repatriations_loaded: dict[int, BodyRepatriation] = {}
        self.repatriations_new: list[BodyRepatriation] = []
        self.claims_new: list = []
        self.sources_forgotten: set[int] = set()
        self.touched: dict[int, Release] = {}
        self.touched_repatriations: dict[int, BodyRepatriation] = {}
        self.touched_exchanges: set[int] = set()

    # --- loading -------------------------------------------------------------------------

    def load(
        self,
        *,
        keys: Iterable[tuple[datetime.date, int, int]],
        parties: Iterable[int],
        release_ids: Iterable[int] = (),
        repatriation_ids: Iterable[int] = (),
    ) -> None:
        """Read (and lock) what claims can touch: the records of these days and directions
        (day, released_by, received_by), the exchanges between these parties, and the records
        the given ids name (those that a re-parsed article's old claims support)."""
        keys, parties = set(keys), set(parties)
        days = {day for day, _, _ in keys}
        wanted = {(day, _pair(released_by, received_by)) for day, released_by, received_by in keys}
        release_ids, repatriation_ids = set(release_ids) - {None}, set(repatriation_ids) - {None}
        self._loaded = (keys, parties, release_ids, repatriation_ids)
        for exchange in (
            Exchange.objects.filter(sides__party__in=parties).distinct().prefetch_related("sides")
        ):
            self._exchange_add(exchange)
        # Separate indexed queries: an OR of these conditions makes the database scan tables.
        # Only the tranches that hold a release of a wanted day and direction become objects.
        same_days = (
            Release.objects.filter(tranche__date__in=days)
            .order_by()
            .values_list("tranche_id", "tranche__date", "released_by_id", "received_by_id")
        )
        tranche_ids = {
            tranche_id
            for tranche_id, day, released_by, received_by in same_days
            if (day, _pair(released_by, received_by)) in wanted
        }
        if self.exchanges:
            tranche_ids.update(
                Tranche.objects.filter(exchange__in=list(self.exchanges)).values_list(
                    "pk", flat=True
                )
            )
        if release_ids:
            tranche_ids.update(
                Release.objects.filter(pk__in=release_ids).values_list("tranche_id", flat=True)
            )
        tranches = {t.pk: t for t in Tranche.objects.filter(pk__in=tranche_ids)}
        for tranche in tranches.values():
            tranche.ledger_releases = {}
            tranche.ledger_deleted = False
            tranche.ledger_order = tranche.pk
            if tranche.exchange_id:
                self.by_exchange[tranche.exchange_id].append(tranche)
        releases = Release.objects.select_for_update(of=("self",)).filter(
            tranche__in=list(tranches)
        )
        for release in releases.order_by("pk"):
            release.tranche = tranches[release.tranche_id]
            release.ledger_stored = tuple(getattr(release, name) for name in RELEASE_FIGURES)
            release.ledger_deleted = False
            self._release_index(release)
            key = (release.tranche.date, _pair(release.released_by_id, release.received_by_id))
            if key in wanted or release.pk in release_ids:
                self.releases_loaded[release.pk] = release
        repatriations = BodyRepatriation.objects.select_for_update()
        for repatriation in _union_by_pk(
            repatriations.filter(date__in=days), repatriations.filter(pk__in=repatriation_ids)
        ):
            repatriation.ledger_claims, repatriation.ledger_deleted = [], False
            repatriation.ledger_stored = repatriation.count
            self.repatriations_loaded[repatriation.pk] = repatriation
            if repatriation.date is not None:
                key = (repatriation.date, repatriation.released_by_id, repatriation.received_by_id)
                self.repatriations[key] = repatriation
        self._claims_load(self.releases_loaded.values(), self.repatriations_loaded.values())

    def _claims_load(self, releases: Iterable[Release], repatriations: Iterable) -> None:
        from articles.models import Claim

        releases, repatriations = list(releases), list(repatriations)
        for record in [*releases, *repatriations]:
            record.ledger_claims = []
        by_release = {release.pk: release for release in releases}
        by_repatriation = {repatriation.pk: repatriation for repatriation in repatriations}
        fields = ClaimFigures._fields[1:]
        for figures in sorted(
            itertools.chain(
                Claim.objects.filter(release__in=list(by_release))
                .order_by()
                .values_list("pk", *fields),
                Claim.objects.filter(repatriation__in=list(by_repatriation))
                .order_by()
                .values_list("pk", *fields),
            )
        ):
            claim = ClaimFigures(*figures)
            record = by_release.get(claim.release_id) or by_repatriation.get(claim.repatriation_id)
            record.ledger_claims.append(claim)

    def reload(self) -> None:
        """Start again from the database (after `flush`), with the same days and parties."""
        keys, parties, release_ids, repatriation_ids = self._loaded
        self._clear()
        self.load(
            keys=keys, parties=parties, release_ids=release_ids, repatriation_ids=repatriation_ids
        )

    def _exchange_add(self, exchange: Exchange) -> None:
        self.exchanges[exchange.pk] = exchange
        for side in exchange.sides.all():
            self.sides[exchange.pk][side.party_id] = side

    def _release_index(self, release: Release) -> None:
        tranche = release.tranche
        tranche.ledger_releases[(release.released_by_id, release.received_by_id)] = release
        key = (tranche.date, _pair(release.released_by_id, release.received_by_id))
        if tranche not in self.by_day[key]:
            self.by_day[key].append(tranche)

    # --- the matching rules, in memory -----------------------------------------------------

    def release_exchange(
        self, agreement: Exchange | None, released_by: int, received_by: int, day: datetime.date
    ) -> Exchange | None:
        """The article's agreement, when the release falls under it; else the exchange in
        force between the two parties that day; else none (the tranche stays unassigned)."""
        if agreement is not None and agreement.pk not in self.exchanges:
            self._exchange_add(agreement)
        if (
            agreement is not None
            and {released_by, received_by} <= self.sides[agreement.pk].keys()
            and self._accepts(agreement, day)
        ):
            return agreement
        return self._in_force({released_by, received_by}, day)

    def _accepts(self, exchange: Exchange, day: datetime.date) -> bool:
        return in_window(exchange, day) and not self._complete_before(exchange, day)

    def _complete_before(self, exchange: Exchange, day: datetime.date) -> bool:
        targets = {
            party: side.target
            for party, side in self.sides[exchange.pk].items()
            if side.target is not None
        }
        if not targets:
            return False
        released: dict[int, int] = defaultdict(int)
        for tranche in self.by_exchange[exchange.pk]:
            if tranche.ledger_deleted or tranche.exchange_id != exchange.pk:
                continue
            if tranche.date is None or tranche.date >= day:
                continue
            for release in tranche.ledger_releases.values():
                if release.count is not None:
                    released[release.released_by_id] += release.count
        return targets_met(targets, released)

    def _in_force(self, parties: set[int], day: datetime.date) -> Exchange | None:
        candidates = [
            exchange
            for exchange in self.exchanges.values()
            if parties <= self.sides[exchange.pk].keys()
            and exchange.agreed_on is not None
            and day - IN_FORCE <= exchange.agreed_on <= day
        ]
        candidates.sort(key=lambda exchange: (exchange.agreed_on, exchange.pk), reverse=True)
        return next(
            (ex for ex in candidates if not self._complete_before(ex, max(day, ex.agreed_on))),
            None,
        )

    def release_match(
        self, *, exchange: Exchange | None, day: datetime.date, released_by: int, received_by: int
    ) -> Release:
        """The release for this (exchange, day, direction), created when new.

        One handover per day between two parties: a same-day tranche of the exchange, else
        whatever tranche that day already has between them (an unassigned one is adopted by the
        exchange, so articles read before the agreement leave no twin), else a new one."""
        pair = _pair(released_by, received_by)
        same_day = [
            tranche
            for tranche in self.by_day.get((day, pair), [])
            if not tranche.ledger_deleted
            and any(_pair(*key) == pair for key in tranche.ledger_releases)
        ]
        tranche = None
        if exchange is not None:
            tranche = min(
                (t for t in same_day if t.exchange_id == exchange.pk),
                key=lambda t: t.ledger_order,
                default=None,
            )
        if tranche is None:
            tranche = min(
                same_day,
                key=lambda t: (t.exchange_id is None, t.exchange_id or 0, t.ledger_order),
                default=None,
            )
            if tranche is not None and tranche.exchange_id is None and exchange is not None:
                self._tranche_assign(tranche, exchange)
        if tranche is None:
            tranche = self._tranche_new(exchange, day)
        if tranche.exchange_id:
            for party in (released_by, received_by):
                self._side_ensure(tranche.exchange_id, party)
        release = tranche.ledger_releases.get((released_by, received_by))
        if release is None:
            return self._release_new(tranche, released_by, received_by)
        if not hasattr(release, "ledger_claims"):  # outside the keys given to `load`
            self.releases_loaded[release.pk] = release
            self._claims_load([release], [])
        return release

    def _tranche_new(self, exchange: Exchange | None, day: datetime.date) -> Tranche:
        tranche = Tranche(exchange=exchange, date=day)
        tranche.ledger_releases, tranche.ledger_deleted = {}, False
        tranche.ledger_order = _NEW + next(self._sequence)
        self.tranches_new.append(tranche)
        if exchange is not None:
            self.by_exchange[exchange.pk].append(tranche)
        return tranche

    def _tranche_assign(self, tranche: Tranche, exchange: Exchange) -> None:
        tranche.exchange = exchange
        self.by_exchange[exchange.pk].append(tranche)
        if tranche.pk:
            self.tranches_moved[tranche.pk] = tranche

    def _side_ensure(self, exchange_id: int, party_id: int) -> None:
        if party_id not in self.sides[exchange_id]:
            side, _ = ExchangeParty.objects.get_or_create(
                exchange_id=exchange_id, party_id=party_id
            )
            self.sides[exchange_id][party_id] = side

    def _release_new(self, tranche: Tranche, released_by: int, received_by: int) -> Release:
        release = Release(tranche=tranche, released_by_id=released_by, received_by_id=received_by)
        release.ledger_claims, release.ledger_deleted, release.ledger_stored = [], False, None
        self._release_index(release)
        self.releases_new.append(release)
        return release

    def repatriation_match(
        self, *, day: datetime.date, released_by: int, received_by: int
    ) -> BodyRepatriation:
        """One repatriation per day and direction, created when new."""
        key = (day, released_by, received_by)
        repatriation = self.repatriations.get(key)
        if repatriation is None or repatriation.ledger_deleted:
            repatriation = BodyRepatriation(
                date=day, released_by_id=released_by, received_by_id=received_by
            )
            repatriation.ledger_claims, repatriation.ledger_deleted = [], False
            self.repatriations_new.append(repatriation)
            self.repatriations[key] = repatriation
        return repatriation

    # --- claims and reconciliation ---------------------------------------------------------

    def claim_add(self, claim) -> None:
        """A new claim (unsaved; its release or repatriation from this ledger)."""
        self.claims_new.append(claim)
        record = claim.release or claim.repatriation
        if record is not None:
            record.ledger_claims.append(claim)
            self._touch(record)
        if claim.exchange_id:
            self.touched_exchanges.add(claim.exchange_id)

    def source_forget(self, source_id: int, claims: Iterable) -> None:
        """Take a source's stored claims out of the figures (before its new ones come in)."""
        claims = list(claims)
        if claims:
            self.sources_forgotten.add(source_id)
        for claim in claims:
            if claim.exchange_id:
                self.touched_exchanges.add(claim.exchange_id)
            record = self.releases_loaded.get(claim.release_id) or self.repatriations_loaded.get(
                claim.repatriation_id
            )
            if record is None:
                continue
            record.ledger_claims = [c for c in record.ledger_claims if c.pk != claim.pk]
            self._touch(record)

    def _touch(self, record) -> None:
        if isinstance(record, Release):
            self.touched[id(record)] = record
        else:
            self.touched_repatriations[id(record)] = record

    def reconcile(self) -> None:
        """`release_reconcile` for every release touched since the last call."""
        for release in self.touched.values():
            if release.ledger_deleted or release.locked:
                continue
            if not release.ledger_claims:
                self._release_delete(release)
                continue
            release_apply_claims(release, release.ledger_claims)
            if release.tranche.exchange_id:
                self.touched_exchanges.add(release.tranche.exchange_id)
        self.touched = {}

    def _release_delete(self, release: Release) -> None:
        release.ledger_deleted = True
        tranche = release.tranche
        del tranche.ledger_releases[(release.released_by_id, release.received_by_id)]
        if tranche.exchange_id:
            self.touched_exchanges.add(tranche.exchange_id)
        if not tranche.ledger_releases:
            tranche.ledger_deleted = True

    def _repatriations_reconcile(self) -> None:
        for repatriation in self.touched_repatriations.values():
            if repatriation.locked or repatriation.ledger_deleted:
                continue
            if not repatriation.ledger_claims:
                repatriation.ledger_deleted = True
                continue
            counts = [c.count for c in repatriation.ledger_claims if c.count is not None]
            repatriation.count, _ = _consensus(counts)

    # --- writing ---------------------------------------------------------------------------

    def flush(self) -> None:
        """Write everything changed since `load`, in bulk, with history rows; then start over
        (call `reload` to go on)."""
        from articles.models import Claim

        self.reconcile()
        self._repatriations_reconcile()
        now = timezone.now()
        if self.sources_forgotten:
            Claim.objects.filter(source_id__in=self.sources_forgotten).delete()
        _create([t for t in self.tranches_new if not t.ledger_deleted], Tranche)
        moved = [t for t in self.tranches_moved.values() if not t.ledger_deleted]
        for tranche in moved:
            tranche.updated_at = now
        _update(moved, Tranche, ["exchange", "updated_at"])
        _create([r for r in self.releases_new if not r.ledger_deleted], Release)
        changed = [
            release
            for release in self.releases_loaded.values()
            if not release.ledger_deleted
            and release.ledger_stored != tuple(getattr(release, n) for n in RELEASE_FIGURES)
        ]
        for release in changed:
            release.updated_at = now
        _update(changed, Release, [*RELEASE_FIGURES, "updated_at"])
        self._flush_repatriations()
        rows_insert(self.claims_new)
        gone = [r.pk for r in self.releases_loaded.values() if r.ledger_deleted]
        Release.objects.filter(pk__in=gone).delete()
        empty = {r.tranche.pk for r in self.releases_loaded.values() if r.tranche.ledger_deleted}
        Tranche.objects.filter(pk__in=empty - {None}).delete()
        for exchange in Exchange.objects.filter(pk__in=self.touched_exchanges):
            exchange_refresh_status(exchange)
        self._clear()

    def _flush_repatriations(self) -> None:
        _create([r for r in self.repatriations_new if not r.ledger_deleted], BodyRepatriation)
        loaded = self.repatriations_loaded.values()
        _update(
            [r for r in loaded if not r.ledger_deleted and r.count != r.ledger_stored],
            BodyRepatriation,
            ["count"],
        )
        BodyRepatriation.objects.filter(pk__in=[r.pk for r in loaded if r.ledger_deleted]).delete()


def _union_by_pk(*querysets) -> list:
    """The rows of several querysets, each row once, in primary key order."""
    rows = {row.pk: row for queryset in querysets for row in queryset}
    return [rows[pk] for pk in sorted(rows)]


def _create(objects: list, model) -> None:
    if objects:
        rows_create(objects)
        history_insert(objects, model)


def _update(objects: list, model, fields: list[str]) -> None:
    if objects:
        rows_update(objects, fields)
        history_insert(objects, model, update=True)
