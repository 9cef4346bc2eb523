"""Sources (articles) with their claims and quotes; an editor's submission. No queries here."""

from rest_framework import serializers

from articles import services
from articles.models import Claim, Source
from config.api.links import LinkField
from exchanges.api.serializers import PartyRefSerializer, categories_field

CLAIM_HELP = {
    "id": "Claim id.",
    "kind": "What the figure is: prisoners released, an agreement target, or bodies repatriated.",
    "count": "The figure stated; null when the article gives none.",
    "event_date": "Date of the event the claim is about, when stated or inferred.",
    "quote": "The exact sentence of the article that states the figure.",
    "quote_start": "Offset of the quote's first character in the source's text.",
    "quote_end": "Offset just past the quote's last character.",
    "evidence": "Every sentence supporting the figure: quote, start, end.",
    "alternatives": "Conflicting figures stated by others, and who stated them.",
    "confidence": "The parser's confidence in the figure, 0 to 1.",
    "release": "Id of the release this claim supports, if matched.",
    "created_at": "When the claim was recorded.",
}


class SourceClaimSerializer(serializers.ModelSerializer):
    """A claim as shown inside its source."""

    url = LinkField("claim-detail", kwargs={"pk": "pk"}, help_text="The claim in the API.")
    released_by = PartyRefSerializer(allow_null=True, help_text="Who released, if stated.")
    received_by = PartyRefSerializer(allow_null=True, help_text="Who received, if stated.")
    categories = categories_field(read_only=True)
    release_url = LinkField(
        "release-detail", kwargs={"pk": "release_id"}, help_text="The release it supports."
    )
    exchange = serializers.CharField(
        source="public_exchange_slug",
        read_only=True,
        allow_null=True,
        help_text="Slug of the exchange the claim is about, if public.",
    )

    class Meta:
        model = Claim
        fields = [
            "id", "url", "kind", "released_by", "received_by", "count", "categories",
            "event_date", "quote", "quote_start", "quote_end", "evidence", "alternatives",
            "confidence", "release", "release_url", "exchange", "created_at",
        ]  # fmt: skip
        extra_kwargs = {name: {"help_text": text} for name, text in CLAIM_HELP.items()}


class ClaimSerializer(SourceClaimSerializer):
    source = serializers.IntegerField(source="source_id", help_text="Id of the source article.")
    source_url = LinkField("source-detail", kwargs={"pk": "source_id"}, help_text="The source.")
    article_url = serializers.URLField(
        source="source.url", allow_null=True, help_text="The original article, when it has a URL."
    )

    class Meta(SourceClaimSerializer.Meta):
        fields = [*SourceClaimSerializer.Meta.fields, "source", "source_url", "article_url"]


SOURCE_HELP = {
    "id": "Source id.",
    "title": "The article's headline.",
    "outlet": "The publication.",
    "published_on": "Publication date, when known.",
    "language": "Language code of the text, when detected.",
    "content_type": "How the article was received: plain text or HTML.",
    "status": "Pending (not parsed yet), parsed, failed, irrelevant or duplicate.",
    "created_at": "When the source was submitted.",
    "parsed_at": "When it was last parsed.",
}


class SourceSerializer(serializers.ModelSerializer):
    url = LinkField("source-detail", kwargs={"pk": "pk"}, help_text="This source in the API.")
    status_url = LinkField("source-status", kwargs={"pk": "pk"}, help_text="Its processing status.")
    article_url = serializers.URLField(
        source="url", allow_null=True, read_only=True, help_text="The original article's URL."
    )
    claims = SourceClaimSerializer(
        many=True, read_only=True, help_text="Figures it states, quoted."
    )

    class Meta:
        model = Source
        fields = [
            "id", "url", "status_url", "article_url", "title", "outlet", "published_on",
            "language", "content_type", "status", "created_at", "parsed_at", "claims",
        ]  # fmt: skip
        extra_kwargs = {name: {"help_text": text} for name, text in SOURCE_HELP.items()}


class SourceStatusSerializer(serializers.ModelSerializer):
    url = LinkField("source-detail", kwargs={"pk": "pk"}, help_text="The source in the API.")
    status_url = LinkField("source-status", kwargs={"pk": "pk"}, help_text="This status.")
    claims = serializers.IntegerField(source="claim_count", help_text="Claims extracted so far.")

    class Meta:
        model = Source
        fields = ["id", "url", "status_url", "status", "error", "attempts", "created_at"]
        fields += ["parsed_at", "claims"]
        extra_kwargs = {
            **{name: {"help_text": text} for name, text in SOURCE_HELP.items()},
            "error": {"help_text": "Why processing failed, when it did."},
            "attempts": {"help_text": "Processing attempts so far."},
        }


class SourceSubmitSerializer(serializers.Serializer):
    """An article to ingest: its text, or its URL to fetch."""

    content = serializers.CharField(
        required=False,
        allow_null=True,
        allow_blank=True,
        trim_whitespace=False,
        help_text="The article's text (or HTML). Give this or `url`.",
    )
    url = serializers.URLField(
        required=False, allow_null=True, max_length=1000, help_text="The article's URL, to fetch."
    )
    title = serializers.CharField(
        required=False, allow_blank=True, max_length=500, default="", help_text="Headline."
    )
    outlet = serializers.CharField(
        required=False, allow_blank=True, max_length=200, default="", help_text="Publication."
    )
    published_on = serializers.DateField(
        required=False, allow_null=True, default=None, help_text="Publication date, if known."
    )
    content_type = serializers.ChoiceField(
        choices=Source.ContentType.choices,
        required=False,
        allow_null=True,
        default=None,
        help_text="Plain text or HTML; guessed when omitted.",
    )

    file = serializers.FileField(
        required=False,
        allow_null=True,
        write_only=True,
        help_text="The article as an uploaded .txt or .html file (multipart/form-data); "
        "instead of `content`.",
    )

    def validate_file(self, upload):
        if upload is None:
            return None
        try:
            return services.article_text(upload)
        except services.SubmissionError as exc:
            raise serializers.ValidationError(str(exc)) from None

    def validate(self, attrs):
        uploaded = attrs.pop("file", None)
        if uploaded:
            attrs["content"] = uploaded
        if not (attrs.get("content") or "").strip() and not attrs.get("url"):
            raise serializers.ValidationError(
                {"content": ["Give the article's text, a file or its URL."]}
            )
        return attrs


class SourceSubmittedSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Id of the source.")
    status = serializers.CharField(help_text="Its processing status now.")
    created = serializers.BooleanField(help_text="False when the article was already known.")
    status_url = serializers.URLField(help_text="Poll this for the processing status.")
    url = serializers.URLField(help_text="The source in the API.")
