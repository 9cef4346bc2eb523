from django.urls import re_path
from rest_framework.routers import SimpleRouter

from . import views

router = SimpleRouter()
router.register("exchanges", views.ExchangeViewSet, basename="exchange")
router.register("totals", views.TotalsViewSet, basename="totals")
router.register("tranches", views.TrancheViewSet, basename="tranche")
router.register("parties", views.PartyViewSet, basename="party")
router.register("releases", views.ReleaseViewSet, basename="release")

urlpatterns = [
    *router.urls,
    re_path(
        rf"^releases/(?P<pk>{views.ID})/editor-value/$",
        views.ReleaseEditorValueView.as_view(),
        name="release-editor-value",
    ),
]
