"""An editor's figure on a release: token and permission required, history keeps the reason."""

import datetime

import pytest
from django.contrib.auth.models import User
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from exchanges.models import Release

pytestmark = pytest.mark.django_db


def _release():
    return Release.objects.get(tranche__date=datetime.date(2025, 5, 23), released_by__name="Russia")


def _url(release):
    return f"/api/v1/releases/{release.pk}/editor-value/"


PAYLOAD = {
    "count": 391,
    "categories": {"military": 271},
    "reason": "Ministry corrected the figure.",
}


def test_it_sets_the_editors_value_and_locks_the_release(editor_api, may_2025, editor):
    release = _release()
    response = editor_api.post(_url(release), PAYLOAD, format="json")
    assert response.status_code == 200
    assert (response.json()["count"], response.json()["locked"]) == (391, True)
    release.refresh_from_db()
    assert (release.count, release.military, release.civilian, release.locked) == (
        391,
        271,
        120,
        True,
    )
    latest = release.history.first()
    assert (latest.history_change_reason, latest.history_user) == (PAYLOAD["reason"], editor)


def test_it_shows_the_new_figure_in_the_totals_at_once(editor_api, api, may_2025):
    url = "/api/v1/exchanges/1000-for-1000/totals/"
    assert api.get(url).json()["sides"][0]["released"] == 1000
    editor_api.post(_url(_release()), PAYLOAD, format="json")
    assert api.get(url).json()["sides"][0]["released"] == 1001


def test_it_refuses_anonymous_editors_with_401(api, may_2025):
    response = api.post(_url(_release()), PAYLOAD, format="json")
    assert response.status_code == 401
    assert _release().count == 390


def test_it_refuses_users_without_the_permission_with_403(may_2025):
    client = APIClient()
    user = User.objects.create_user("reader")
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    assert client.post(_url(_release()), PAYLOAD, format="json").status_code == 403


def test_it_refuses_a_bad_token_with_401(api, may_2025):
    api.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    response = api.post(_url(_release()), PAYLOAD, format="json")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "authentication_failed"


@pytest.mark.parametrize(
    "payload, field",
    [
        ({"count": -1, "reason": "x"}, "count"),
        ({"count": 5, "categories": {"aliens": 1}, "reason": "x"}, "categories"),
        ({"count": 5, "reason": ""}, "reason"),
        ({"count": 5}, "reason"),
        ({"count": "many", "reason": "x"}, "count"),
    ],
)
def test_it_refuses_invalid_values_naming_the_field(editor_api, may_2025, payload, field):
    response = editor_api.post(_url(_release()), payload, format="json")
    assert response.status_code == 400
    assert field in response.json()["error"]["details"]


def test_it_answers_404_for_an_unknown_release(editor_api, may_2025):
    response = editor_api.post("/api/v1/releases/999999/editor-value/", PAYLOAD, format="json")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
