from django.contrib import admin
from django.urls import include, path

from articles.admin_views import review_queue_view

admin.site.site_header = "Prisoner Exchange Tracker — editors"
admin.site.site_title = "Exchange Tracker admin"

urlpatterns = [
    path("admin/review/", admin.site.admin_view(review_queue_view), name="admin-review-queue"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("config.api.urls")),
    path("", include("articles.urls")),
    path("", include("exchanges.urls")),
]
