"""Query parameters of the source and claim lists. Invalid values give a 400."""

import django_filters
from django.db.models import Q

from articles.models import Claim, Source
from config.api.filters import IdFilter, StableOrderingFilter
from exchanges.models import Exchange


class SourceFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(
        choices=Source.Status.choices, help_text="Only this status."
    )
    outlet = django_filters.CharFilter(
        lookup_expr="iexact", max_length=200, help_text="Publication name (case-insensitive)."
    )
    published_after = django_filters.DateFilter(
        field_name="published_on",
        lookup_expr="gte",
        help_text="Published on or after (YYYY-MM-DD).",
    )
    published_before = django_filters.DateFilter(
        field_name="published_on",
        lookup_expr="lte",
        help_text="Published on or before (YYYY-MM-DD).",
    )
    ordering = StableOrderingFilter(fields=["published_on", "created_at"])

    class Meta:
        model = Source
        fields = []


class ClaimFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Claim.Kind.choices, help_text="Only this kind.")
    source = IdFilter(field_name="source_id", help_text="Id of the source article.")
    release = IdFilter(field_name="release_id", help_text="Id of the release the claim supports.")
    exchange = django_filters.CharFilter(
        method="filter_exchange",
        max_length=200,
        help_text="Slug of the exchange (claims about it or supporting one of its releases).",
    )
    party = django_filters.CharFilter(
        method="filter_party", max_length=120, help_text="Slug of the releasing or receiving party."
    )
    date_after = django_filters.DateFilter(
        field_name="event_date", lookup_expr="gte", help_text="Event on or after (YYYY-MM-DD)."
    )
    date_before = django_filters.DateFilter(
        field_name="event_date", lookup_expr="lte", help_text="Event on or before (YYYY-MM-DD)."
    )
    ordering = StableOrderingFilter(fields=["event_date", "created_at", "count"])

    class Meta:
        model = Claim
        fields = []

    def filter_exchange(self, queryset, name, value):
        public = ~Q(status=Exchange.Status.DRAFT)
        exchanges = Exchange.objects.filter(public, slug=value).values("pk")
        return queryset.filter(
            Q(exchange__in=exchanges) | Q(release__tranche__exchange__in=exchanges)
        )

    def filter_party(self, queryset, name, value):
        return queryset.filter(Q(released_by__slug=value) | Q(received_by__slug=value))
