"""Representations of parties, exchanges, tranches, releases and totals. No queries here: the
views load what is shown (select_related / prefetch_related) and totals come from selectors."""

import datetime

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from config.api.links import LinkField, api_url
from exchanges.models import CATEGORY_FIELDS, Exchange, ExchangeParty, Party, Release, Tranche

CATEGORIES_HELP = (
    "Released people by category, only the categories stated: "
    + ", ".join(CATEGORY_FIELDS)
    + ". Categories may overlap."
)


def categories_field(**options) -> serializers.DictField:
    return serializers.DictField(
        child=serializers.IntegerField(min_value=0), help_text=CATEGORIES_HELP, **options
    )


class PartyRefSerializer(serializers.ModelSerializer):
    url = LinkField("party-detail", kwargs={"slug": "slug"}, help_text="The party in the API.")

    class Meta:
        model = Party
        fields = ["name", "slug", "url"]
        extra_kwargs = {"slug": {"help_text": "The party's identifier in URLs and filters."}}


class PartySerializer(PartyRefSerializer):
    aliases = serializers.SlugRelatedField(
        many=True, read_only=True, slug_field="alias", help_text="Other names the parser accepts."
    )
    exchanges_url = LinkField(
        "exchange-list", query={"party": "slug"}, help_text="Exchanges this party is a side of."
    )
    tranches_url = LinkField(
        "tranche-list", query={"party": "slug"}, help_text="Tranches where it released or received."
    )

    class Meta(PartyRefSerializer.Meta):
        fields = [*PartyRefSerializer.Meta.fields, "kind", "description", "aliases"]
        fields += ["exchanges_url", "tranches_url"]
        extra_kwargs = {
            **PartyRefSerializer.Meta.extra_kwargs,
            "kind": {"help_text": "State, armed group, mediator or other."},
            "description": {"help_text": "Free-text notes about the party."},
        }


class SideSerializer(serializers.ModelSerializer):
    party = PartyRefSerializer(help_text="The party on this side.")

    class Meta:
        model = ExchangeParty
        fields = ["party", "target", "target_locked"]


class ExchangeSerializer(serializers.ModelSerializer):
    url = LinkField("exchange-detail", kwargs={"slug": "slug"}, help_text="This exchange.")
    sides = SideSerializer(many=True, read_only=True, help_text="Each side and its agreed target.")
    mediators = PartyRefSerializer(many=True, read_only=True, help_text="Mediating parties.")
    totals_url = LinkField(
        "exchange-totals", kwargs={"slug": "slug"}, help_text="Released against targets, per side."
    )
    tranches_url = LinkField(
        "tranche-list", query={"exchange": "slug"}, help_text="Its tranches with their sources."
    )
    claims_url = LinkField(
        "claim-list", query={"exchange": "slug"}, help_text="Claims (quotes) about this exchange."
    )

    class Meta:
        model = Exchange
        fields = [
            "slug", "url", "title", "status", "agreed_on", "venue", "description", "sides",
            "mediators", "totals_url", "tranches_url", "claims_url", "created_at", "updated_at",
        ]  # fmt: skip
        extra_kwargs = {
            "slug": {"help_text": "The exchange's identifier in URLs and filters."},
            "title": {"help_text": "Short name of the agreement."},
            "status": {"help_text": "Where the exchange stands (drafts are never listed)."},
            "agreed_on": {"help_text": "Date the agreement was announced, if known."},
            "venue": {"help_text": "Where it was negotiated or carried out."},
            "description": {"help_text": "Free-text summary."},
            "created_at": {"help_text": "When the record was created."},
            "updated_at": {"help_text": "When the record last changed."},
        }


class ClaimLinkSerializer(serializers.Serializer):
    """A claim behind a figure: its quote and the source that states it."""

    id = serializers.IntegerField(help_text="Claim id.")
    url = LinkField("claim-detail", kwargs={"pk": "pk"}, help_text="The claim in the API.")
    count = serializers.IntegerField(allow_null=True, help_text="The figure the claim states.")
    quote = serializers.CharField(help_text="The exact sentence stating the figure.")
    source = serializers.IntegerField(source="source_id", help_text="Id of the source article.")
    source_url = LinkField(
        "source-detail", kwargs={"pk": "source_id"}, help_text="The source in the API."
    )
    article_url = serializers.URLField(
        source="source.url", allow_null=True, help_text="The original article, when it has a URL."
    )


class ReleaseSerializer(serializers.ModelSerializer):
    url = LinkField("release-detail", kwargs={"pk": "pk"}, help_text="This release.")
    tranche_url = LinkField("tranche-detail", kwargs={"pk": "tranche_id"}, help_text="Its tranche.")
    released_by = PartyRefSerializer(help_text="The party that handed the people over.")
    received_by = PartyRefSerializer(help_text="The party that received them.")
    categories = categories_field(read_only=True)
    claims = ClaimLinkSerializer(
        many=True, read_only=True, help_text="Claims supporting the figure."
    )

    class Meta:
        model = Release
        fields = [
            "id", "url", "tranche", "tranche_url", "released_by", "received_by", "count",
            "categories", "status", "locked", "editor_note", "claims", "updated_at",
        ]  # fmt: skip
        extra_kwargs = {
            "id": {"help_text": "Release id."},
            "tranche": {"help_text": "Id of the tranche (dated handover) it belongs to."},
            "count": {"help_text": "People released; null when undisclosed."},
            "status": {
                "help_text": "Reported, corroborated by several sources, disputed, or confirmed."
            },
            "locked": {"help_text": "True when an editor set the figures: ingestion leaves them."},
            "editor_note": {"help_text": "The editor's reason for the current figures."},
            "updated_at": {"help_text": "When the release last changed."},
        }


class TrancheSerializer(serializers.ModelSerializer):
    url = LinkField("tranche-detail", kwargs={"pk": "pk"}, help_text="This tranche.")
    exchange = serializers.SlugRelatedField(
        slug_field="slug",
        read_only=True,
        allow_null=True,
        help_text="Slug of its exchange; null when unassigned.",
    )
    exchange_url = LinkField(
        "exchange-detail", kwargs={"slug": "exchange.slug"}, help_text="Its exchange, if assigned."
    )
    releases = ReleaseSerializer(
        many=True, read_only=True, help_text="Who released whom, how many."
    )

    class Meta:
        model = Tranche
        fields = [
            "id", "url", "exchange", "exchange_url", "date", "notes", "releases", "created_at",
            "updated_at",
        ]  # fmt: skip
        extra_kwargs = {
            "id": {"help_text": "Tranche id."},
            "date": {"help_text": "Local date of the handover; null when unknown."},
            "notes": {"help_text": "Editors' notes."},
            "created_at": {"help_text": "When the record was created."},
            "updated_at": {"help_text": "When the record last changed."},
        }


class EditorValueSerializer(serializers.Serializer):
    """An editor's figures for a release; they lock it against ingestion."""

    count = serializers.IntegerField(
        min_value=0,
        max_value=10_000_000,
        allow_null=True,
        help_text="People released; null: undisclosed.",
    )
    categories = serializers.DictField(
        child=serializers.IntegerField(min_value=0, max_value=10_000_000, allow_null=True),
        required=False,
        default=dict,
        help_text="Per-category counts to set (null clears one): "
        + ", ".join(CATEGORY_FIELDS)
        + ".",
    )
    reason = serializers.CharField(
        max_length=2000, help_text="Why the figures change (kept in history)."
    )

    def validate_categories(self, value):
        unknown = sorted(set(value) - set(CATEGORY_FIELDS))
        if unknown:
            raise serializers.ValidationError(f"Unknown categories: {', '.join(unknown)}.")
        return value


class SideTotalsSerializer(serializers.Serializer):
    party = serializers.CharField(
        help_text="The releasing party: the figures are what it handed over."
    )
    party_slug = serializers.CharField(help_text="The releasing party's slug.")
    target = serializers.IntegerField(
        allow_null=True, help_text="What it agreed to release; null if not stated."
    )
    released = serializers.IntegerField(help_text="Disclosed number of people it released.")
    remaining = serializers.IntegerField(
        allow_null=True, help_text="Target minus released (not below 0)."
    )
    percent = serializers.FloatField(
        allow_null=True, help_text="Released as a percentage of the target."
    )
    by_category = categories_field()
    undisclosed_tranches = serializers.IntegerField(
        help_text="Its releases whose count was not disclosed."
    )
    releases_url = serializers.SerializerMethodField(
        help_text="The tranches behind these figures, with their claims and sources."
    )

    def get_releases_url(self, side) -> str:
        query = {"exchange": self.context["exchange_slug"], "party": side.party_slug}
        return api_url(self.context.get("request"), "tranche-list", query=query)


class ExchangeTotalsSerializer(serializers.Serializer):
    """Totals of one exchange (see exchanges.selectors.exchange_totals)."""

    exchange = serializers.CharField(source="exchange.slug", help_text="The exchange's slug.")
    title = serializers.CharField(source="exchange.title", help_text="The exchange's title.")
    status = serializers.CharField(source="exchange.status", help_text="The exchange's status now.")
    as_of = serializers.SerializerMethodField(help_text="The day (UTC) these totals describe.")
    sides = serializers.SerializerMethodField(help_text="One entry per side, by releasing party.")
    tranches = serializers.IntegerField(help_text="Number of tranches with a release.")
    first_release = serializers.DateField(allow_null=True, help_text="Date of the first tranche.")
    last_release = serializers.DateField(allow_null=True, help_text="Date of the latest tranche.")
    sources = serializers.IntegerField(help_text="Distinct sources supporting its releases.")
    disputed = serializers.BooleanField(help_text="True when a release's figure is disputed.")
    url = LinkField("exchange-detail", kwargs={"slug": "exchange.slug"}, help_text="The exchange.")
    tranches_url = LinkField(
        "tranche-list", query={"exchange": "exchange.slug"}, help_text="Tranches with sources."
    )
    claims_url = LinkField(
        "claim-list", query={"exchange": "exchange.slug"}, help_text="Claims and their quotes."
    )

    def get_as_of(self, totals) -> datetime.date:
        return self.context["as_of"]

    @extend_schema_field(SideTotalsSerializer(many=True))
    def get_sides(self, totals):
        context = self.context | {"exchange_slug": totals.exchange.slug}
        return SideTotalsSerializer(totals.sides, many=True, context=context).data
