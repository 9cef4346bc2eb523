"""Sources with their claims and quotes, claims, and submitting an article (editors only)."""

import pytest
from django.contrib.auth.models import User
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from articles.models import Source
from tests import factories

pytestmark = pytest.mark.django_db

ARTICLE = (
    "KYIV, May 23 (News) - Russia and Ukraine each released 390 prisoners on Friday in the first "
    "stage of an agreed exchange of 1,000 for 1,000, officials said."
)


def test_it_lists_sources_with_their_claims_and_quotes(api, may_2025):
    body = api.get("/api/v1/sources/").json()
    assert body["count"] == 6
    source = body["results"][0]
    assert source["article_url"].startswith("https://news.example/")
    [claim] = source["claims"]
    assert claim["quote"] in ARTICLE or "freed" in claim["quote"]
    assert claim["release_url"].endswith(f"/api/v1/releases/{claim['release']}/")
    assert claim["exchange"] == "1000-for-1000"


def test_it_shows_one_source_and_its_status(api, may_2025):
    source = Source.objects.order_by("pk").first()
    assert api.get(f"/api/v1/sources/{source.pk}/").json()["id"] == source.pk
    status = api.get(f"/api/v1/sources/{source.pk}/status/")
    assert status.json()["status"] == "parsed"
    assert status.json()["claims"] == 1
    assert status["Cache-Control"] == "no-cache"


def test_it_lists_and_filters_claims(api, may_2025):
    factories.exchange("Gaza truce", targets={"Israel": 90, "Hamas": 3})
    assert api.get("/api/v1/claims/").json()["count"] == 6
    assert api.get("/api/v1/claims/?exchange=1000-for-1000").json()["count"] == 6
    assert api.get("/api/v1/claims/?exchange=gaza-truce").json()["count"] == 0
    assert api.get("/api/v1/claims/?party=russia&date_after=2025-05-24").json()["count"] == 4
    source = Source.objects.order_by("pk").first()
    [claim] = api.get(f"/api/v1/claims/?source={source.pk}").json()["results"]
    assert claim["source_url"].endswith(f"/api/v1/sources/{source.pk}/")
    assert api.get(f"/api/v1/claims/{claim['id']}/").json()["quote"] == claim["quote"]
    for bad in ("source=-1", "source=1.5", "release=99999999999999999999999", "kind=rumour"):
        assert api.get(f"/api/v1/claims/?{bad}").status_code == 400, bad


def test_it_refuses_an_anonymous_submission_with_401(api, db):
    response = api.post("/api/v1/sources/", {"content": ARTICLE}, format="json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json()["error"]["code"] == "not_authenticated"
    assert not Source.objects.exists()


def test_it_refuses_a_submission_from_a_user_without_permission_with_403(db):
    client = APIClient()
    user = User.objects.create_user("reader")
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    response = client.post("/api/v1/sources/", {"content": ARTICLE}, format="json")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "permission_denied"


def test_it_accepts_an_editors_article_with_202_and_a_status_url(editor_api, api):
    response = editor_api.post(
        "/api/v1/sources/", {"content": ARTICLE, "title": "First stage"}, format="json"
    )
    assert response.status_code == 202
    body = response.json()
    source = Source.objects.get(pk=body["id"])
    assert (source.title, source.status, body["created"]) == ("First stage", "pending", True)
    assert response["Location"] == body["status_url"]
    assert body["status_url"].endswith(f"/api/v1/sources/{source.pk}/status/")
    assert api.get(body["status_url"]).json()["status"] == "pending"
    again = editor_api.post("/api/v1/sources/", {"content": ARTICLE}, format="json")
    assert (again.status_code, again.json()["id"], again.json()["created"]) == (
        200,
        source.pk,
        False,
    )


def test_it_accepts_an_article_url(editor_api):
    response = editor_api.post(
        "/api/v1/sources/", {"url": "https://news.example/2025/05/23/exchange"}, format="json"
    )
    assert response.status_code == 202
    assert Source.objects.get().url == "https://news.example/2025/05/23/exchange"


@pytest.mark.parametrize(
    "payload, field",
    [
        ({}, "content"),
        ({"content": "   "}, "content"),
        ({"url": "not a url"}, "url"),
        ({"url": "http://127.0.0.1/admin"}, "url"),
        ({"content": "text\x00with a NUL"}, "content"),
        ({"content": ARTICLE, "published_on": "someday"}, "published_on"),
    ],
)
def test_it_refuses_a_bad_submission_naming_the_field(editor_api, payload, field):
    response = editor_api.post("/api/v1/sources/", payload, format="json")
    assert response.status_code == 400
    assert field in response.json()["error"]["details"]


def test_it_refuses_an_article_larger_than_the_limit(editor_api, settings):
    settings.INGEST_MAX_BYTES = 100
    response = editor_api.post("/api/v1/sources/", {"content": "x" * 101}, format="json")
    assert response.status_code == 400
    assert "content" in response.json()["error"]["details"]


def test_it_accepts_an_uploaded_article_file(editor_api):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("swap.txt", ARTICLE.encode("utf-8"), content_type="text/plain")
    response = editor_api.post("/api/v1/sources/", {"file": upload}, format="multipart")
    assert response.status_code == 202
    assert Source.objects.get().raw_content == ARTICLE


def test_it_refuses_a_binary_upload_naming_the_field(editor_api):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("photo.png", b"\x89PNG\x00\x00binary", content_type="image/png")
    response = editor_api.post("/api/v1/sources/", {"file": upload}, format="multipart")
    assert response.status_code == 400
    assert "file" in response.json()["error"]["details"]
    assert not Source.objects.exists()
