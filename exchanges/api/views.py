"""Public reads of exchanges, tranches, parties, releases and totals; an editor's figure."""

from django.db import transaction
from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics, mixins, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from articles.models import Claim
from config.api.conditional import ApiViewMixin
from config.api.params import AS_OF_PARAMETER, as_of_day
from config.api.permissions import model_permission
from exchanges import services
from exchanges.models import Exchange, ExchangeParty, Party, Release
from exchanges.selectors import exchange_totals, exchange_totals_as_of, public_tranches

from .filters import ExchangeFilter, PartyFilter, TrancheFilter
from .serializers import (
    EditorValueSerializer,
    ExchangeSerializer,
    ExchangeTotalsSerializer,
    PartySerializer,
    ReleaseSerializer,
    TrancheSerializer,
)

SLUG = r"[-a-zA-Z0-9_]{1,200}"
ID = r"[0-9]{1,18}"


def releases_with_evidence():
    """Releases with their parties and the claims (and sources) behind each figure."""
    claims = Claim.objects.select_related("source").only(
        "id", "count", "quote", "release_id", "source_id", "source__url"
    )
    return Release.objects.select_related("released_by", "received_by").prefetch_related(
        Prefetch("claims", queryset=claims.order_by("id"))
    )


def totals_response(view, exchanges, request):
    day = as_of_day(request)
    totals = exchange_totals_as_of(exchanges, day) if day else exchange_totals(exchanges)
    context = view.get_serializer_context() | {"as_of": day or timezone.now().date()}
    return ExchangeTotalsSerializer(totals, many=True, context=context).data


@extend_schema_view(
    list=extend_schema(summary="List public exchanges", tags=["exchanges"]),
    retrieve=extend_schema(summary="One exchange, by slug", tags=["exchanges"]),
)
class ExchangeViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    permission_classes = [AllowAny]  # read-only: other methods are a 405
    serializer_class = ExchangeSerializer
    filterset_class = ExchangeFilter
    lookup_field = "slug"
    lookup_value_regex = SLUG
    csv_explode = "sides"

    def get_queryset(self):
        sides = ExchangeParty.objects.select_related("party").order_by("party__name", "id")
        return (
            Exchange.objects.public()
            .prefetch_related(Prefetch("sides", queryset=sides), "mediators")
            .order_by("-agreed_on", "title", "id")
        )

    @extend_schema(
        summary="Totals of one exchange",
        description="Released against agreed targets, per releasing party, with links to the "
        "tranches, claims and sources behind every figure.",
        parameters=[AS_OF_PARAMETER],
        responses=ExchangeTotalsSerializer,
        tags=["totals"],
    )
    @action(detail=True, filterset_class=None, pagination_class=None)
    def totals(self, request, slug=None):
        exchange = get_object_or_404(Exchange.objects.public(), slug=slug)
        return Response(totals_response(self, [exchange], request)[0])


@extend_schema_view(
    list=extend_schema(
        summary="Totals of every public exchange",
        parameters=[AS_OF_PARAMETER],
        responses=ExchangeTotalsSerializer(many=True),
        tags=["totals"],
    )
)
class TotalsViewSet(ApiViewMixin, viewsets.GenericViewSet):
    permission_classes = [AllowAny]  # read-only: other methods are a 405
    serializer_class = ExchangeTotalsSerializer
    filterset_class = ExchangeFilter
    csv_explode = "sides"

    def get_queryset(self):
        return Exchange.objects.public().order_by("-agreed_on", "title", "id")

    def list(self, request):
        day = as_of_day(request)
        exchanges = self.filter_queryset(self.get_queryset())
        if day:  # exchanges created later did not exist yet
            exchanges = exchanges.filter(created_at__date__lte=day)
        page = self.paginate_queryset(exchanges)
        return self.get_paginated_response(totals_response(self, page, request))


@extend_schema_view(
    list=extend_schema(summary="List tranches (dated handovers)", tags=["tranches"]),
    retrieve=extend_schema(summary="One tranche", tags=["tranches"]),
)
class TrancheViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    permission_classes = [AllowAny]  # read-only: other methods are a 405
    serializer_class = TrancheSerializer
    filterset_class = TrancheFilter
    lookup_value_regex = ID

    def get_queryset(self):
        return (
            public_tranches()
            .select_related("exchange")
            .prefetch_related(Prefetch("releases", queryset=releases_with_evidence()))
            .order_by("-date", "-id")
        )


@extend_schema_view(
    list=extend_schema(summary="List parties", tags=["parties"]),
    retrieve=extend_schema(summary="One party, by slug", tags=["parties"]),
)
class PartyViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    permission_classes = [AllowAny]  # read-only: other methods are a 405
    serializer_class = PartySerializer
    filterset_class = PartyFilter
    lookup_field = "slug"
    lookup_value_regex = SLUG
    queryset = Party.objects.prefetch_related("aliases").order_by("name", "id")


@extend_schema_view(
    retrieve=extend_schema(summary="One release (a direction of a tranche)", tags=["tranches"])
)
class ReleaseViewSet(ApiViewMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [AllowAny]  # read-only: other methods are a 405
    serializer_class = ReleaseSerializer
    lookup_value_regex = ID

    def get_queryset(self):
        return releases_with_evidence().filter(
            Q(tranche__exchange__isnull=True) | ~Q(tranche__exchange__status=Exchange.Status.DRAFT)
        )


@extend_schema(
    summary="Set an editor's figures on a release",
    description="Sets the count and categories, records the reason in the history and locks the "
    "release against ingestion. Needs a token of a user with `exchanges.change_release`.",
    request=EditorValueSerializer,
    responses=ReleaseSerializer,
    tags=["editors"],
)
class ReleaseEditorValueView(ApiViewMixin, generics.GenericAPIView):
    public_read = False
    serializer_class = EditorValueSerializer
    permission_classes = [model_permission("exchanges.change_release")]
    queryset = Release.objects.all()
    lookup_value_regex = ID

    def post(self, request, pk):
        release = self.get_object()
        values = self.get_serializer(data=request.data)
        values.is_valid(raise_exception=True)
        try:
            with transaction.atomic():
                services.release_set_editor_value(
                    release=release, editor=request.user, **values.validated_data
                )
        except services.EditorialError as exc:
            raise ValidationError({"non_field_errors": [str(exc)]}) from exc
        updated = releases_with_evidence().get(pk=release.pk)
        return Response(ReleaseSerializer(updated, context=self.get_serializer_context()).data)
