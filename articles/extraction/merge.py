"""Merge mentions of the same handover into one release (or body transfer) with its figures.

Within one (date, released_by, received_by): a smaller figure that carries an overlapping
qualifier ("31 wounded", "three women") is a breakdown, not a rival total; conflicting figures
go to the receiving side's statement (rule 8) and the others are kept as alternatives.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from .claims import OVERLAPS, RANK_CONTEXT, SLOTS, Mention, Note


@dataclass
class Handover:
    kind: str
    date: datetime.date | None
    released_by: str
    received_by: str
    count: int | None
    categories: dict[str, int] = field(default_factory=dict)
    alternatives: list[dict] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    first_order: int = 0
    orders: set[int] = field(default_factory=set)
    # the total a statement gave, before groups told as added on top ("in addition, four
    # civilians") were added to it, and those groups by kind
    stated: int | None = None
    on_top: dict[str, int] = field(default_factory=dict)


def _key(mention: Mention) -> tuple:
    """What makes one handover: kind, day and direction."""
    return (mention.kind, mention.date, mention.released_by, mention.received_by)


def _figures(mentions: list[Mention]) -> dict[tuple, Counter]:
    """The figures each handover was given, a group added on top ("also 22 wounded") apart."""
    figures: dict[tuple, Counter] = {}
    for m in mentions:
        if not m.undisclosed and not m.additive and (f := m.figure()) is not None:
            figures.setdefault(_key(m), Counter())[f] += 1
    return figures


def _keep(mentions: list[Mention]) -> list[Mention]:
    numbered_dates = {m.date for m in mentions if m.kind == "release" and not m.undisclosed}
    numbered_directions = {
        (m.kind, m.released_by, m.received_by)
        for m in mentions
        if not m.undisclosed and m.date is not None
    }
    # A figureless mention dated only by the story's lead stands when something dated says a
    # handover happened that way: a figure, its own date, or an exchange said to have taken
    # place that day ("The exchange took place yesterday ... how many Russia received in return
    # was not said").
    strong_keys = {_key(m) for m in mentions if not m.undisclosed or m.rank >= RANK_CONTEXT}
    kept = []
    for mention in mentions:
        key = _key(mention)
        if mention.exchange_event and mention.date in numbered_dates:
            continue
        if mention.undisclosed and not mention.exchange_event and key not in strong_keys:
            continue
        if (
            mention.undisclosed
            and mention.date is None
            and (mention.kind, mention.released_by, mention.received_by) in numbered_directions
        ):
            continue  # "freeing hostages over the weekend": the dated figures say it all
        kept.append(mention)
    return kept


def _both_ways(mentions: list[Mention], figures: dict[tuple, Counter]) -> set[int]:
    """ "Saturday's handover of 206 men" after 103 went each way: a figure that adds up what
    went in both directions that day is the size of the whole swap, not one direction's."""
    found = set()
    for m in mentions:
        if m.kind != "release" or m.undisclosed or m.total is None or m.date is None:
            continue
        own = figures.get(_key(m), Counter())
        if own[m.total] > 1:
            continue  # said twice of this direction ("Counting them, 197 came home")
        parts = set(own) - {m.total}
        other = set(figures.get((m.kind, m.date, m.received_by, m.released_by), ()))
        if any(m.total - a in other for a in parts) and not any(
            m.total - a in parts and a < m.total - a for a in parts
        ):  # "246 each, and 31 wounded": 277 is this direction's 246 and 31
            found.add(id(m))
    return found


def _choose(candidates: list[tuple[int, Mention]], receiver: str) -> tuple[int | None, list[dict]]:
    if not candidates:
        return None, []
    # The latest revision ("later revised to 197") first, then the receiving side (rule 8).
    ranked = sorted(
        candidates,
        key=lambda item: (
            not item[1].revision,
            -item[1].order if item[1].revision else 0,
            item[1].speaker != receiver,
            -item[1].rank,
            item[1].order,
        ),
    )
    value = ranked[0][0]
    alternatives = []
    for other, mention in ranked[1:]:
        if other != value and all(a["value"] != other for a in alternatives):
            alternatives.append({"value": other, "stated_by": mention.speaker})
    return value, alternatives


def _demote(group: list[Mention]) -> None:
    figures = [m.figure() for m in group if not m.undisclosed and m.figure() is not None]
    if not figures:
        return
    largest = max(figures)
    for mention in group:
        figure = mention.figure()
        if figure is None or figure >= largest:
            continue
        vague_total = (
            mention.total is not None and not mention.slots and mention.rank < RANK_CONTEXT
        )
        if mention.overlaps or vague_total:
            mention.overlap_only = True


def _handover(group: list[Mention], opposite: frozenset[int] = frozenset()) -> Handover:
    """One handover from its mentions; `opposite` holds the figures the other direction of
    the same day was given."""
    first = group[0]
    numbered = [m for m in group if not m.undisclosed]
    base = [m for m in numbered if not m.additive] or numbered[:1] or group
    in_base = {id(m) for m in base}  # by identity: equal mentions are still two mentions
    extra = [m for m in numbered if id(m) not in in_base]
    _demote(base)
    main = [m for m in base if not m.overlap_only]
    receiver = first.received_by
    total, alternatives = _choose([(m.total, m) for m in main if m.total is not None], receiver)
    # Rule 8 also when the receiving side gives its figure only by kind ("84 soldiers came
    # home") and it exceeds the other side's total, which cannot be smaller than its parts.
    own = [
        f
        for m in main
        if m.speaker == receiver and m.total is None and (f := m.figure()) is not None
    ]
    if total is not None and own and max(own) > total:
        if not any(m.total == total and m.speaker == receiver for m in main):
            teller = next(m.speaker for m in main if m.total == total)
            alternatives.insert(0, {"value": total, "stated_by": teller})
            total = max(own)
    for entry in alternatives:
        entry["field"] = "count"
    categories: dict[str, int] = {}
    slot_unknown = False
    # Rule 8: when the receiving side states the total, a breakdown from another speaker whose
    # own figure contradicts that total is the other version, not a category of this one.
    rival = set()
    if total is not None and any(m.total == total and m.speaker == receiver for m in main):
        # A figure that the groups added on top complete to the receiver's total is a part of
        # it ("246 POWs", "in addition 31 wounded", "277 came home"), not a rival version.
        on_top = sum(f for m in extra if (f := m.figure()) is not None)
        rival = {
            id(m)
            for m in main
            if m.speaker != receiver
            and m.figure() is not None
            and m.figure() != total
            and m.figure() + on_top != total
        }
    # "75 came home ... its people among them: 21 National Guards and 7 border guards": groups
    # of soldiers that make up less than half of the total are parts of it (units, regions),
    # not the whole's military figure
    parts = [
        m
        for m in main
        if total is not None
        and m.total is None
        and set(m.slots) == {"military"}  # a stated civilian figure is the civilians' kind
        and id(m) not in rival
        and (f := m.figure()) is not None
        and f < total
    ]
    if parts and 2 * sum(m.figure() for m in parts) < total:
        rival_or_part = rival | {id(m) for m in parts}
    else:
        rival_or_part = rival
    for slot in SLOTS:
        for m in main:
            if id(m) in rival and m.slots.get(slot) is not None:
                value = m.slots[slot]
                if all(a["value"] != value or a["field"] != slot for a in alternatives):
                    alternatives.append({"value": value, "stated_by": m.speaker, "field": slot})
        present = [m for m in main if slot in m.slots and id(m) not in rival_or_part]
        value, alts = _choose(
            [(m.slots[slot], m) for m in present if m.slots[slot] is not None], receiver
        )
        # base, not main: a group with a kind of its own ("31 wounded") is demoted out of main
        told = [m.slots[slot] for m in base if m.slots.get(slot) is not None and m.total is None]
        if total is not None and len(told) > 1 and sum(told) == total:
            value, alts = total, []  # "246 servicemen ... a second part, 31 wounded POWs": 277
        if value is not None:
            categories[slot] = value
            alternatives.extend({**a, "field": slot} for a in alts)
        elif present:
            slot_unknown = True
    for key in OVERLAPS:
        value, _ = _choose([(m.overlaps[key], m) for m in group if key in m.overlaps], receiver)
        if value is not None:
            categories[key] = value
    stated = total if total is not None else sum(categories.get(s, 0) for s in SLOTS) or None
    counted = [
        m
        for m in extra
        if _already_counted(m, base, stated)
        # "175 for 175, and 22 wounded besides ... In all, 197 came home": the total is the
        # swap's figure (the other direction's) and the group added on top
        or (stated is not None and (f := m.figure()) is not None and stated - f in opposite)
    ]
    counted_ids = {id(m) for m in counted}
    new_groups = [m for m in extra if id(m) not in counted_ids]
    on_top: dict[str, int] = {}
    for mention in new_groups:
        for slot, value in mention.slots.items():
            if value is not None:
                on_top[slot] = on_top.get(slot, 0) + value
    added, loose = _add_extra(
        categories,
        new_groups,
        # "175 for 175, and separately 22 wounded": the base's kinds are unknown, so the 22
        # soldiers cannot make a "military" figure for the whole
        open_kinds=total is None or any(s in categories for s in SLOTS),
    )
    for mention in counted:  # inside the total already: they may complete the breakdown
        for slot, value in mention.slots.items():
            if value is not None and categories.get(slot, 0) + value == stated:
                categories[slot] = stated
            elif (
                value is not None
                and slot not in categories
                and stated is not None
                and sum(categories.get(s, 0) for s in SLOTS) + value == stated
            ):  # "187 soldiers ... together with them two civilians came home": 189 in all
                categories[slot] = value
    _complete_breakdown(categories, main, counted, stated)
    count = total + added if total is not None else None
    partition = [categories[s] for s in SLOTS if s in categories]
    if count is None and partition and not slot_unknown:
        # "246 servicemen ... on top of that, 15 of its own wounded": a group of no kind adds
        count = sum(partition) + loose
    if (
        loose
        and count is not None
        and "civilian" not in categories
        and categories.get("military", count) + loose == count
        and any(m.slots.get("military") == count for m in main)
    ):  # "246 servicemen plus 15 of its own wounded ... that's 261 servicemen": all soldiers
        categories["military"] = count
        alternatives = [a for a in alternatives if (a["field"], a["value"]) != ("military", count)]
    # the groups told as added on top made it larger than the figure stated
    grew = bool(added) or (count is not None and stated is not None and count > stated)
    return Handover(
        kind=first.kind,
        date=first.date,
        released_by=first.released_by,
        received_by=receiver,
        count=count,
        categories=categories,
        alternatives=alternatives,
        evidence=sorted({m.evidence for m in group}),
        first_order=first.order,
        orders={m.order for m in group},
        stated=stated if grew else None,
        on_top=on_top if grew else {},
    )


def _complete_breakdown(
    categories: dict[str, int], main: list[Mention], counted: list[Mention], stated: int | None
) -> None:
    """ "189 came home ... 173 privates and sergeants and 14 officers. Two civilians were also
    freed": of the figures given for a kind, the one that the groups inside the total complete
    to it is that kind's, and those groups are the other kinds."""
    inside = [m for m in counted if m.slots and None not in m.slots.values()]
    if stated is None or not inside:
        return
    on_top = sum(v for m in inside for v in m.slots.values())
    kinds = {k for m in inside for k in m.slots}
    for slot in SLOTS:
        if slot in kinds:
            continue
        fits = [v for m in main if (v := m.slots.get(slot)) is not None and v + on_top == stated]
        if fits and categories.get(slot) != fits[0]:
            categories[slot] = fits[0]
            for mention in inside:
                for kind, value in mention.slots.items():
                    categories.setdefault(kind, value)
            return


def _already_counted(extra: Mention, base: list[Mention], stated: int | None) -> bool:
    """ "246 each, and 31 wounded on top" when the receiver already says 277: the receiver's
    figure includes the extra group, which another statement's base plus the group explains."""
    figure = extra.figure()
    if stated is None or figure is None:
        return False
    if figure == stated:
        return True  # "an exchange that also saw 116 Ukrainians freed": the same 116 again
    return any((f := m.figure()) is not None and f != stated and f + figure == stated for m in base)


def _add_extra(
    categories: dict[str, int], extra: list[Mention], *, open_kinds: bool = True
) -> tuple[int, int]:
    """ "In addition, eight civilians came home": new groups add up, a repeated figure does not.
    Returns what they add to a stated total, and what groups of no kind add to parts."""
    added = loose = 0
    figures: set[int] = set()
    told_in: dict[int, set[tuple[int, int]]] = {}  # each figure added: the sentences told in
    for mention in extra:
        for slot, value in mention.slots.items():
            if value is None or categories.get(slot) == value:
                continue
            if told_in.get(value, {mention.evidence}) != {mention.evidence}:
                # "Россия получила 15 своих раненых" in a summary, "в обмен на 15 раненых" in
                # the details: one group added on top, told again in another sentence
                continue
            told_in.setdefault(value, set()).add(mention.evidence)
            if open_kinds or slot in categories:
                categories[slot] = categories.get(slot, 0) + value
            elif slot == "civilian":
                # "185 for 185, and 20 civilians came back too": the civilians are a stated
                # kind of the handover, though the rest of it has none
                categories[slot] = value
            added += value
            figures.add(value)
        if not mention.slots and mention.total is not None and mention.total not in figures:
            # (not "ещё 22 тяжелораненых" told again after "22 военнопленных"); a group known
            # only by a kind that overlaps ("Moscow also threw in 22 wounded") adds to the
            # total like any group told as added, and to a handover known only by its parts
            # (unless it only answers another group)
            added += mention.total
            loose += 0 if mention.answer else mention.total
            figures.add(mention.total)
            told_in.setdefault(mention.total, set()).add(mention.evidence)
        for key, value in mention.overlaps.items():
            categories.setdefault(key, value)
    return added, loose


def merge(mentions: list[Mention], notes: list[Note]) -> list[Handover]:
    groups: dict[tuple, list[Mention]] = {}
    kept = _keep(mentions)
    figures = _figures(kept)
    both_ways = _both_ways(kept, figures)
    for mention in kept:
        if id(mention) not in both_ways:
            groups.setdefault(_key(mention), []).append(mention)
    handovers = [
        _handover(group, frozenset(figures.get((kind, day, receiver, releaser), ())))
        for (kind, day, releaser, receiver), group in groups.items()
    ]
    by_key = {(h.kind, h.date, h.released_by, h.received_by): h for h in handovers}
    for mention in kept:  # the sentence still tells of the handover: it stays as evidence
        if id(mention) in both_ways and (key := _key(mention)) in by_key:
            by_key[key].evidence = sorted(set(by_key[key].evidence) | {mention.evidence})
    for note in notes:
        _part_told(note, handovers)
    for index, note in enumerate(notes):
        _apply_note(note, [h for h in handovers if h.kind == "release"], notes[:index])
    for handover in handovers:
        _consistent_kinds(handover)
    handovers.sort(key=lambda h: h.first_order)
    return handovers


def _consistent_kinds(handover: Handover) -> None:
    """ "108 prisoners of war came home ... 12 of them civilians": soldiers and civilians are
    kinds apart, so where the whole was named soldiers and civilians are then counted among
    them, the soldiers are the rest. No kind can outnumber the people handed over."""
    categories, count = handover.categories, handover.count
    for kind in [k for k, value in categories.items() if count and value > count]:
        del categories[kind]  # more of a kind than the people handed over: two sides' notes
    civilians = categories.get("civilian", 0)
    if count and categories.get("military") == count and 0 < civilians < count:
        categories["military"] = count - civilians


def _part_told(note: Note, handovers: list[Handover]) -> None:
    """ "277 came home. 246 of them were freed in the exchange; another 31 wounded outside
    it": the part told and the group added on top make the total stated, which already
    counted the group."""
    if note.kind != "categories" or not note.total:
        return
    for handover in handovers:
        if (
            handover.kind == "release"
            and handover.stated is not None
            and handover.on_top
            and handover.date == note.date
            and note.party in (None, handover.received_by)
            and note.total + sum(handover.on_top.values()) == handover.stated
        ):
            handover.count = handover.stated
            for kind, value in handover.on_top.items():
                if handover.categories.get(kind, 0) > value:
                    handover.categories[kind] -= value
            handover.stated, handover.on_top = None, {}


def _prefer(candidates: list[Handover], party: str | None) -> Handover | None:
    if not candidates:
        return None
    preferred = [h for h in candidates if party and h.received_by == party]
    pool = preferred or candidates
    return max(pool, key=lambda h: max(o for o in h.orders))


def _apply_note(note: Note, releases: list[Handover], before: list[Note] = ()) -> None:
    earlier = [h for h in releases if min(h.orders) <= note.order]
    if note.kind == "all_military":
        _apply_all_military(note, earlier)
        return
    matching = [h for h in earlier if h.count is not None and h.count == note.total]
    target = _prefer(matching, note.party)
    if target:
        for handover in matching if note.each else [target]:
            _add_categories(handover, note, partition=True)
        return
    if _rest_of_count(note, earlier, before):
        return
    if note.including and any(note.order in h.orders for h in earlier):
        # "390 people on each side, including 120 civilians": a part of this sentence's figure
        for handover in (h for h in earlier if note.order in h.orders):
            _add_categories(handover, note, partition=True)
        return
    if not note.has_cue:
        return
    overlaps = {k: v for _, _, o in note.groups for k, v in o.items() if k in OVERLAPS}
    # "those freed included soldiers ... as well as two civilians": a stated civilian figure
    # is a category of the handover (a figure of soldiers there is usually a unit, not one)
    if [c for c, _, _ in note.groups] == ["civilian"]:
        overlaps["civilian"] = note.groups[0][1]
    if not overlaps:
        return
    same_day = [h for h in earlier if h.date == note.date]
    within = [h for h in same_day if note.within and h.categories.get(note.within)]
    target = _prefer(within, None) if len(within) == 1 else _prefer(same_day, note.party)
    if target:
        for key, value in overlaps.items():
            if target.count is None or value <= target.count:
                target.categories.setdefault(key, value)
        target.evidence = sorted(set(target.evidence) | {note.evidence})


def _one_kind(note: Note) -> str | None:
    kinds = {category for category, _, _ in note.groups}
    if note.total is None or len(kinds) != 1 or not kinds <= {"military", "civilian"}:
        return None
    return next(iter(kinds))


def _rest_of_count(note: Note, releases: list[Handover], before: list[Note] = ()) -> bool:
    """ "75 came home ... four civilians among them. The military include six officers and 65
    privates and sergeants": a breakdown of one kind that, with the other kind already given,
    makes up a handover's count is that kind's figure. The other kind may have been told in
    an earlier note ("soldiers, guardsmen and four civilians") that nothing took up."""
    kind = _one_kind(note)
    if kind is None:
        return False
    other = "civilian" if kind == "military" else "military"
    for told in reversed(before):
        for h in releases:
            if (
                _one_kind(told) == other
                and told.date == h.date
                and h.count
                and not {kind, other} & set(h.categories)
                and note.total + told.total == h.count
                and (note.party is None or h.received_by == note.party)
            ):
                h.categories[kind], h.categories[other] = note.total, told.total
                h.evidence = sorted(set(h.evidence) | {note.evidence, told.evidence})
                return True
    fits = [
        h
        for h in releases
        if h.count
        and kind not in h.categories
        and other in h.categories
        and note.total + h.categories[other] == h.count
    ]
    inside = [  # "75 came home ... In addition, four civilians ... the military: 6 officers
        # and 65 privates": the four told as added were inside the 75
        h
        for h in releases
        if h.stated
        and kind not in h.categories
        and set(h.on_top) == {other}
        and note.total + h.on_top[other] == h.stated
    ]
    target = _prefer(fits, note.party) or _prefer(inside, note.party)
    if target is None:
        return False
    if target in inside and target not in fits:
        target.count, target.categories[other] = target.stated, target.on_top[other]
    target.categories[kind] = note.total
    target.evidence = sorted(set(target.evidence) | {note.evidence})
    return True


def _add_categories(handover: Handover, note: Note, *, partition: bool) -> None:
    # "196 are privates and sergeants and nine are officers": ranks add up to one category
    sums: dict[str | None, int] = {}
    for category, value, _ in note.groups:
        sums[category] = sums.get(category, 0) + value
    for category, value, overlaps in note.groups:
        value = sums[category] if category in ("military", "civilian") else value
        too_big = handover.count is not None and value > handover.count
        if (
            partition
            and category in ("military", "civilian")
            and category not in handover.categories
            and not too_big
        ):
            handover.categories[category] = value
        elif (
            partition
            and category in ("military", "civilian")
            and set(sums) <= {"military", "civilian"}
            and sum(sums.values()) == handover.count
            and handover.categories.get(category, value) < value
        ):  # "246 servicemen ... 31 wounded on top ... nine officers and 268 privates": all 277;
            # "87 ВСУ, 43 нацгвардейца, 33 пограничника, 24 моряка и двое гражданских": 189
            handover.categories[category] = value
        for key, amount in overlaps.items():
            handover.categories.setdefault(key, amount)
    handover.evidence = sorted(set(handover.evidence) | {note.evidence})


def _apply_all_military(note: Note, releases: list[Handover]) -> None:
    if note.total is not None:
        targets = [h for h in releases if h.count == note.total]
    elif note.has_cue:
        targets = [h for h in releases if note.order in h.orders]
    else:
        targets = [
            h
            for h in releases
            if h.date == note.date and (note.party is None or h.received_by == note.party)
        ] or [h for h in releases if h.date == note.date]
    for handover in targets:
        if handover.count is not None and "military" not in handover.categories:
            handover.categories["military"] = handover.count
            handover.evidence = sorted(set(handover.evidence) | {note.evidence})
