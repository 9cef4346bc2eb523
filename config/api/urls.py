"""/api/v1/: the two apps' routers, the OpenAPI schema with Swagger UI and ReDoc, health, and a
JSON 404 for anything else."""

from django.urls import include, path, re_path
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerSplitView,
)

from .views import ApiRootView, HealthView, NotFoundView

app_name = "api"

urlpatterns = [
    path("", ApiRootView.as_view(), name="root"),
    path("health/", HealthView.as_view(), name="health"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api:schema"), name="redoc"),
    path("", include("exchanges.api.urls")),
    path("", include("articles.api.urls")),
    # [\s\S]: also paths with a newline in them, so every /api/ miss answers in JSON
    re_path(r"^[\s\S]*$", NotFoundView.as_view(), name="not-found"),
]
