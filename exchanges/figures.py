"""How the sources of one figure agree or differ: claims grouped into versions, for display."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Version:
    """One figure as stated by one or more sources."""

    count: int | None
    claims: list

    @property
    def sources(self) -> int:
        return len({claim.source_id for claim in self.claims})


@dataclass(frozen=True)
class Figure:
    """A recorded figure (a release's count or a side's target) and the versions its sources give."""

    value: int | None
    versions: list[Version]
    locked: bool = False

    @property
    def disputed(self) -> bool:
        return len([v for v in self.versions if v.count is not None]) > 1

    @property
    def claims(self) -> list:
        return [claim for version in self.versions for claim in version.claims]


def figure_versions(claims, recorded: int | None = None) -> list[Version]:
    """Claims grouped by the count they state: the recorded figure's version first, then the
    most-sourced, ties to the larger figure (the reconciler's own preference), undisclosed last."""
    groups: dict[int | None, list] = {}
    for claim in claims:
        groups.setdefault(claim.count, []).append(claim)
    versions = [Version(count, items) for count, items in groups.items()]
    return sorted(
        versions,
        key=lambda v: (
            v.count is None,
            recorded is None or v.count != recorded,
            -v.sources,
            -(v.count or 0),
        ),
    )


@dataclass(frozen=True)
class Alternative:
    """A conflicting figure a source mentions besides its own (the parser's `alternatives`)."""

    count: int | None
    stated_by: str


def alternatives_of(raw) -> list[Alternative]:
    """The parser's alternatives, whatever shape each entry has (dict, number or text)."""
    result = []
    for entry in raw if isinstance(raw, list) else []:
        if isinstance(entry, dict):
            count = entry.get("count")
            who = entry.get("stated_by") or entry.get("source") or entry.get("by") or ""
        else:
            count, who = entry, ""
        result.append(Alternative(count if isinstance(count, int) else None, str(who)[:200]))
    return result


def release_figure(release) -> Figure:
    """The figure of a release whose claims (with their sources) are already loaded; each claim
    gets its `alternative_list` for display."""
    for claim in release.claims.all():
        claim.alternative_list = alternatives_of(claim.alternatives)
    return Figure(
        value=release.count,
        versions=figure_versions(release.claims.all(), release.count),
        locked=release.locked,
    )
