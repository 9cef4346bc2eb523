"""Anonymous rate limit: a fixed-window counter per client, read from settings at request time.

DRF's AnonRateThrottle keeps every request's timestamp in the cache and (un)pickles that list on
each request, so its cost grows with the allowed rate; a counter costs the same at any rate."""

import time

from django.core.cache import cache
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle


class AnonThrottle(AnonRateThrottle):
    def get_rate(self):
        # DRF's own class freezes THROTTLE_RATES at import; this one follows the settings.
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def allow_request(self, request, view):
        if self.rate is None:
            return True
        ident = self.get_cache_key(request, view)
        if ident is None:
            return True
        now = time.time()
        window = int(now // self.duration)
        self.window_ends = (window + 1) * self.duration
        key = f"{ident}:{window}"
        cache.add(key, 0, self.duration + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr: start the window again
            cache.set(key, 1, self.duration + 1)
            count = 1
        self.now = now
        return count <= self.num_requests

    def wait(self):
        return max(self.window_ends - self.now, 1)
