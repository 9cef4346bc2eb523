from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import BodyRepatriation, Exchange, ExchangeParty, Party, PartyAlias, Release, Tranche


class PartyAliasInline(admin.TabularInline):
    model = PartyAlias
    extra = 1


@admin.register(Party)
class PartyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "kind"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__alias"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PartyAliasInline]


class ExchangePartyInline(admin.TabularInline):
    model = ExchangeParty
    extra = 0
    autocomplete_fields = ["party"]


@admin.register(Exchange)
class ExchangeAdmin(SimpleHistoryAdmin):
    list_display = ["title", "agreed_on", "venue", "status"]
    list_filter = ["status"]
    search_fields = ["title", "venue", "parties__name"]
    date_hierarchy = "agreed_on"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["mediators"]
    inlines = [ExchangePartyInline]


class ReleaseInline(admin.TabularInline):
    model = Release
    extra = 0
    autocomplete_fields = ["released_by", "received_by"]


@admin.register(Tranche)
class TrancheAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "date", "exchange"]
    list_select_related = ["exchange"]
    list_filter = ["exchange"]
    search_fields = ["exchange__title", "notes"]
    date_hierarchy = "date"
    autocomplete_fields = ["exchange"]
    inlines = [ReleaseInline]


@admin.register(Release)
class ReleaseAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "tranche", "count", "status", "locked"]
    list_select_related = ["tranche__exchange", "released_by", "received_by"]
    list_filter = ["status", "locked", "released_by"]
    search_fields = ["released_by__name", "received_by__name", "tranche__exchange__title"]
    autocomplete_fields = ["tranche", "released_by", "received_by"]


@admin.register(BodyRepatriation)
class BodyRepatriationAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "date", "exchange", "count", "locked"]
    list_select_related = ["exchange", "released_by", "received_by"]
    list_filter = ["locked"]
    search_fields = ["released_by__name", "received_by__name"]
    date_hierarchy = "date"
    autocomplete_fields = ["exchange", "released_by", "received_by"]
