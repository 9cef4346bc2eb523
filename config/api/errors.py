"""One JSON error body for every API failure: ``{"error": {status, code, message, details}}``."""

from django.db import OperationalError
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler


class ServiceUnavailable(exceptions.APIException):
    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_detail = "The service is temporarily unavailable; try again shortly."
    default_code = "service_unavailable"


def _message(exc: exceptions.APIException) -> str:
    if not isinstance(exc, exceptions.ValidationError):
        return str(exc.detail)
    if isinstance(exc.detail, dict):
        return "Invalid input: " + ", ".join(str(name) for name in exc.detail) + "."
    return "Invalid input: " + " ".join(str(message) for message in exc.detail)


def _code(exc: exceptions.APIException) -> str:
    if isinstance(exc, exceptions.ValidationError):
        return "invalid"
    codes = exc.get_codes()
    return codes if isinstance(codes, str) else exc.default_code


def _details(exc: exceptions.APIException) -> dict:
    if isinstance(exc, exceptions.ValidationError):
        detail = exc.detail
        return detail if isinstance(detail, dict) else {"non_field_errors": detail}
    if isinstance(exc, exceptions.Throttled) and exc.wait is not None:
        return {"retry_after": int(exc.wait + 0.999)}
    return {}


def error_body(status_code: int, code: str, message: str, details: dict | None = None) -> dict:
    return {
        "error": {"status": status_code, "code": code, "message": message, "details": details or {}}
    }


def api_exception_handler(exc, context):
    """DRF's handler (Http404, PermissionDenied, APIException) with our body; DB outages -> 503."""
    if isinstance(exc, OperationalError):
        exc = ServiceUnavailable()
    response = exception_handler(exc, context)
    if response is None:
        return None
    if not isinstance(exc, exceptions.APIException):  # Http404 / PermissionDenied, translated
        exc = (
            exceptions.NotFound() if response.status_code == 404 else exceptions.PermissionDenied()
        )
    response.data = error_body(response.status_code, _code(exc), _message(exc), _details(exc))
    if response.status_code == 503:
        response["Retry-After"] = "30"
    return response


def error_response(status_code: int, code: str, message: str) -> Response:
    return Response(error_body(status_code, code, message), status=status_code)
