from django.urls import path

from . import views
from .feeds import TrancheFeed

urlpatterns = [
    path("", views.home, name="home"),
    path("exchanges/<slug:slug>/", views.exchange_detail, name="exchange-detail"),
    path("tranches/", views.timeline, name="timeline"),
    path("tranches/<int:pk>/", views.tranche_detail, name="tranche-detail"),
    path("parties/<slug:slug>/", views.party_detail, name="party-detail"),
    path("embed/exchanges/<slug:slug>/", views.embed_progress, name="embed-progress"),
    path("feeds/tranches.atom", TrancheFeed(), name="feed-tranches"),
]
