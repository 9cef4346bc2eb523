from django.urls import path

from . import views

urlpatterns = [
    path("sources/<int:pk>/", views.source_detail, name="source-detail"),
    path("search/", views.search, name="search"),
    path("methodology/", views.methodology, name="methodology"),
]
