"""Anonymous rate limit read from settings at request time (so tests and env can change it)."""

from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle


class AnonThrottle(AnonRateThrottle):
    """DRF's AnonRateThrottle freezes THROTTLE_RATES at import; this one follows the settings."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)
