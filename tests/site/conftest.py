import pytest

from tests.site import builders


@pytest.fixture
def sourced_exchange(db):
    return builders.sourced_exchange(3)
