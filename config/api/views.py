"""API-wide views: index, health (no database) and the JSON 404 for unknown /api/v1/ paths."""

from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from .conditional import ApiViewMixin
from .links import api_url

INDEX = {
    "exchanges": "exchange-list",
    "totals": "totals-list",
    "tranches": "tranche-list",
    "parties": "party-list",
    "sources": "source-list",
    "claims": "claim-list",
    "schema": "schema",
    "docs": "docs",
    "redoc": "redoc",
    "health": "health",
}


class ApiRootView(ApiViewMixin, APIView):
    permission_classes = [AllowAny]
    cache_by_version = False

    @extend_schema(
        summary="Index of the API's collections",
        responses=inline_serializer(
            "ApiIndex",
            {name: serializers.URLField(help_text=f"The {name} endpoint.") for name in INDEX},
        ),
        tags=["meta"],
    )
    def get(self, request):
        return Response({name: api_url(request, view) for name, view in INDEX.items()})


class HealthView(ApiViewMixin, APIView):
    """Liveness: answers without touching the database (the benchmarks' baseline)."""

    permission_classes = [AllowAny]
    cache_by_version = False
    cache_control = "no-cache"

    @extend_schema(
        summary="Liveness check (no database query)",
        responses=inline_serializer(
            "Health", {"status": serializers.CharField(help_text="Always 'ok'.")}
        ),
        tags=["meta"],
    )
    def get(self, request):
        return Response({"status": "ok"})


@extend_schema(exclude=True)
class NotFoundView(ApiViewMixin, APIView):
    """Every unknown path under /api/v1/ answers the API's JSON 404, whatever the method."""

    permission_classes = [AllowAny]
    cache_by_version = False

    def _not_found(self, request, *args, **kwargs):
        raise NotFound(f"There is no API endpoint at {request.path}.")

    get = post = put = patch = delete = options = _not_found
