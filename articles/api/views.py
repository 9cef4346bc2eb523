"""Public reads of sources and claims; an editor's article submission (202 + status URL)."""

from django.db.models import Case, Count, F, Prefetch, Q, When
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from articles import services
from articles.models import Claim, Source
from config.api.conditional import ApiViewMixin
from config.api.links import api_url
from exchanges.models import Exchange

from .filters import ClaimFilter, SourceFilter
from .serializers import (
    ClaimSerializer,
    SourceSerializer,
    SourceStatusSerializer,
    SourceSubmitSerializer,
    SourceSubmittedSerializer,
)

ID = r"[0-9]{1,18}"


def claims_shown():
    """Claims with their parties, source and the exchange slug when that exchange is public."""
    return Claim.objects.select_related("released_by", "received_by", "source").annotate(
        public_exchange_slug=Case(
            When(~Q(exchange__status=Exchange.Status.DRAFT), then=F("exchange__slug")),
            default=None,
        )
    )


@extend_schema_view(
    list=extend_schema(summary="List sources with their claims and quotes", tags=["sources"]),
    retrieve=extend_schema(summary="One source with its claims and quotes", tags=["sources"]),
    create=extend_schema(
        summary="Submit an article (editors)",
        description="Stores the article (text, or a URL to fetch) as a pending source and queues "
        "it for parsing. Answers 202 with the URL of its status (also in `Location`); an article "
        "already known answers 200 with the existing source. Needs a token of a user with "
        "`articles.add_source`.",
        request=SourceSubmitSerializer,
        responses={
            202: OpenApiResponse(SourceSubmittedSerializer, description="Accepted for parsing."),
            200: OpenApiResponse(SourceSubmittedSerializer, description="Already known."),
        },
        tags=["editors"],
    ),
)
class SourceViewSet(
    ApiViewMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = SourceSerializer
    filterset_class = SourceFilter
    lookup_value_regex = ID
    parser_classes = [JSONParser, MultiPartParser, FormParser]  # text, URL or an uploaded file
    queryset = Source.objects.all()  # for DjangoModelPermissions: POST needs articles.add_source

    def get_queryset(self):
        return Source.objects.prefetch_related(
            Prefetch("claims", queryset=claims_shown().order_by("quote_start", "id"))
        ).order_by("-published_on", "-id")

    def get_serializer_class(self):
        return SourceSubmitSerializer if self.action == "create" else super().get_serializer_class()

    def create(self, request, *args, **kwargs):
        submission = self.get_serializer(data=request.data)
        submission.is_valid(raise_exception=True)
        try:
            source, created = services.source_submit(**submission.validated_data)
        except services.SubmissionError as exc:
            field = "url" if submission.validated_data.get("url") else "content"
            raise ValidationError({field: [str(exc)]}) from exc
        status_url = api_url(request, "source-status", {"pk": source.pk})
        body = {
            "id": source.pk,
            "status": source.status,
            "created": created,
            "status_url": status_url,
            "url": api_url(request, "source-detail", {"pk": source.pk}),
        }
        return Response(
            SourceSubmittedSerializer(body).data,
            status=status.HTTP_202_ACCEPTED if created else status.HTTP_200_OK,
            headers={"Location": status_url},
        )

    @extend_schema(
        summary="Processing status of a source", responses=SourceStatusSerializer, tags=["sources"]
    )
    @action(
        detail=True,
        url_path="status",
        url_name="status",
        filterset_class=None,
        cache_by_version=False,
        cache_control="no-cache",
    )
    def processing_status(self, request, pk=None):
        source = get_object_or_404(Source.objects.annotate(claim_count=Count("claims")), pk=pk)
        return Response(SourceStatusSerializer(source, context=self.get_serializer_context()).data)


@extend_schema_view(
    list=extend_schema(summary="List claims (figures quoted from sources)", tags=["claims"]),
    retrieve=extend_schema(summary="One claim", tags=["claims"]),
)
class ClaimViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    permission_classes = [AllowAny]  # read-only: other methods are a 405
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter
    lookup_value_regex = ID

    def get_queryset(self):
        return claims_shown().order_by("-id")
