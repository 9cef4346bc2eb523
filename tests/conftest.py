"""Shared fixtures. Tests marked `services` need real PostgreSQL/Redis: they skip when those are
not configured, and fail instead when REQUIRE_SERVICES=1 (as in CI)."""

import os
import socket
from urllib.parse import urlparse

import pytest
from django.conf import settings

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"


def _reachable(url: str, default_port: int) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection(
            (parsed.hostname or "127.0.0.1", parsed.port or default_port), 2
        ):
            return True
    except OSError:
        return False


def missing_services(*, postgres: bool = False, redis: bool = False) -> list[str]:
    missing = []
    if postgres and settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        missing.append("PostgreSQL (set DATABASE_URL)")
    broker = settings.CELERY_BROKER_URL
    if redis and not (broker.startswith("redis") and _reachable(broker, 6379)):
        missing.append("Redis (set CELERY_BROKER_URL)")
    return missing


def require_services(*, postgres: bool = False, redis: bool = False) -> None:
    missing = missing_services(postgres=postgres, redis=redis)
    if not missing:
        return
    message = "needs " + " and ".join(missing)
    if REQUIRE_SERVICES:
        pytest.fail(message + " but REQUIRE_SERVICES=1")
    pytest.skip(message)


@pytest.fixture
def postgres_required():
    require_services(postgres=True)


@pytest.fixture
def redis_required():
    require_services(redis=True)


@pytest.fixture
def celery_eager():
    """Run tasks in-process for this test, also when a real broker is configured (CI)."""
    from config.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous
