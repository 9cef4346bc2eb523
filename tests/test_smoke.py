import pytest

pytestmark = pytest.mark.django_db


def test_home_page_serves(client):
    response = client.get("/")
    assert response.status_code == 200
    assert b"Prisoner exchanges" in response.content


def test_admin_asks_anonymous_users_to_log_in(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_unknown_page_is_a_404_not_a_500(client):
    assert client.get("/exchanges/no-such-exchange/").status_code == 404
