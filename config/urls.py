from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Prisoner Exchange Tracker — editors"
admin.site.site_title = "Exchange Tracker admin"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("articles.urls")),
    path("", include("exchanges.urls")),
]
