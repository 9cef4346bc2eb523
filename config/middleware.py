"""Site-wide response headers: a strict Content-Security-Policy on every response.

A view that needs another policy (the embeddable widget allows framing) sets the header itself;
this middleware leaves it alone. Paths listed in settings.SITE_CSP_PATHS get their own policy.
"""

from django.conf import settings

DEFAULT_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = getattr(settings, "SITE_CSP", DEFAULT_CSP)
        self.by_path = sorted(
            getattr(settings, "SITE_CSP_PATHS", {}).items(), key=lambda item: -len(item[0])
        )

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = self._policy_for(request.path)
        return response

    def _policy_for(self, path: str) -> str:
        for prefix, policy in self.by_path:
            if path.startswith(prefix):
                return policy
        return self.policy
