"""Roles: staff-only admin, the Editors group, tokens, and protection against password guessing."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from rest_framework.authtoken.models import Token

from tests import factories
from tests.editorial.conftest import make_source

pytestmark = pytest.mark.django_db

ADMIN_PAGES = [
    "admin:exchanges_exchange_changelist",
    "admin:exchanges_tranche_changelist",
    "admin:exchanges_release_changelist",
    "admin:exchanges_party_changelist",
    "admin:articles_source_changelist",
    "admin:articles_claim_changelist",
    "admin:articles_feed_changelist",
    "admin:exchanges_correction_changelist",
    "admin-review-queue",
]


@pytest.mark.parametrize("name", ADMIN_PAGES)
def test_anonymous_users_are_sent_to_the_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


@pytest.mark.parametrize("name", ADMIN_PAGES)
def test_staff_without_the_editors_group_are_refused(client, django_user_model, name):
    user = django_user_model.objects.create_user("intern", is_staff=True)
    client.force_login(user)
    assert client.get(reverse(name)).status_code == 403


@pytest.mark.parametrize("name", ADMIN_PAGES)
def test_editors_reach_every_editorial_page(editor_client, name):
    assert editor_client.get(reverse(name)).status_code == 200


def test_a_non_staff_user_cannot_use_the_admin(client, django_user_model):
    user = django_user_model.objects.create_user("reader")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    assert client.get(reverse("admin:index")).status_code == 302


def test_the_editors_group_cannot_delete_records_or_manage_users():
    codenames = set(
        Group.objects.get(name="Editors").permissions.values_list("codename", flat=True)
    )
    assert "change_release" in codenames and "add_source" in codenames
    assert (
        not {"delete_release", "delete_tranche", "delete_source", "change_user", "add_user"}
        & codenames
    )
    assert "change_correction" not in codenames


def test_create_editor_gives_a_staff_editor_an_api_token(capsys):
    call_command("create_editor", "maria")
    user = Token.objects.get(user__username="maria").user
    assert user.is_staff and user.groups.filter(name="Editors").exists()
    assert Token.objects.get(user=user).key in capsys.readouterr().out


def test_repeated_wrong_passwords_lock_the_login(client, editor):
    url = reverse("admin:login")
    for _ in range(5):
        client.post(url, {"username": "editor", "password": "wrong"})
    response = client.post(url, {"username": "editor", "password": "correct horse battery"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_right_password_logs_in(client, editor):
    response = client.post(
        reverse("admin:login"), {"username": "editor", "password": "correct horse battery"}
    )
    assert response.status_code == 302


def _seed(start: int, rows: int):
    for index in range(start, start + rows):
        exchange = factories.exchange(f"Swap {index}", targets={"Russia": 10, "Ukraine": 10})
        tranche = factories.tranche(
            exchange,
            f"2025-01-{index + 1:02d}",
            [("Russia", "Ukraine", 10), ("Ukraine", "Russia", 9)],
        )
        source = make_source(f"Source {index}. They were released.")
        from tests.editorial.conftest import claim_release

        claim_release(source, tranche.releases.first(), 10)


@pytest.mark.parametrize(
    "name", [n for n in ADMIN_PAGES if n != "admin-review-queue"] + ["admin-review-queue"]
)
def test_admin_pages_use_a_bounded_number_of_queries(
    editor_client, name, django_assert_max_num_queries
):
    _seed(0, 2)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        editor_client.get(reverse(name))
    _seed(2, 8)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert editor_client.get(reverse(name)).status_code == 200
