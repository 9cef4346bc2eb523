from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("exchanges/<slug:slug>/", views.exchange_detail, name="exchange-detail"),
    path("tranches/<int:pk>/", views.tranche_detail, name="tranche-detail"),
    path("parties/<slug:slug>/", views.party_detail, name="party-detail"),
]
