"""Reads for editors: what needs a human, oldest first."""

from dataclasses import dataclass

from django.db.models import Q

from exchanges.models import Release, Tranche

from .models import Claim, Source

LOW_CONFIDENCE = 0.8


@dataclass(frozen=True)
class ReviewQueue:
    disputed_releases: list
    unassigned_tranches: list
    failed_sources: list
    low_confidence_claims: list

    @property
    def size(self) -> int:
        return sum(
            map(
                len,
                (
                    self.disputed_releases,
                    self.unassigned_tranches,
                    self.failed_sources,
                    self.low_confidence_claims,
                ),
            )
        )


def review_queue(limit: int = 50) -> ReviewQueue:
    """Four short lists in four queries, whatever the size of the data."""
    return ReviewQueue(
        disputed_releases=list(
            Release.objects.filter(status=Release.Status.DISPUTED, locked=False)
            .select_related("tranche__exchange", "released_by", "received_by")
            .order_by("updated_at", "pk")[:limit]
        ),
        unassigned_tranches=list(
            Tranche.objects.filter(exchange__isnull=True).order_by("created_at", "pk")[:limit]
        ),
        failed_sources=list(
            Source.objects.filter(status=Source.Status.FAILED)
            .defer("raw_content", "extracted_text")
            .order_by("created_at", "pk")[:limit]
        ),
        low_confidence_claims=list(
            Claim.objects.filter(
                Q(confidence__lt=LOW_CONFIDENCE) | Q(kind=Claim.Kind.RELEASE, release__isnull=True)
            )
            .exclude(source__status=Source.Status.IRRELEVANT)
            .select_related("source", "released_by", "received_by")
            .order_by("created_at", "pk")[:limit]
        ),
    )
