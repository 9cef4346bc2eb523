from django.urls import path

from . import views

urlpatterns = [
    path("sources/<int:pk>/", views.source_detail, name="source-detail"),
]
