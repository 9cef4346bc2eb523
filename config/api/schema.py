"""OpenAPI additions: the error body every operation may answer with, and its status codes."""

ERROR_SCHEMA = {
    "type": "object",
    "description": "The body of every error response.",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "code", "message", "details"],
            "properties": {
                "status": {"type": "integer", "description": "The HTTP status code."},
                "code": {
                    "type": "string",
                    "description": "Machine-readable reason, e.g. invalid, not_found, throttled.",
                },
                "message": {"type": "string", "description": "Human-readable explanation."},
                "details": {
                    "type": "object",
                    "additionalProperties": True,
                    "description": "For `invalid`: the messages per parameter or field; for "
                    "`throttled`: retry_after (seconds).",
                },
            },
        }
    },
}

DESCRIPTIONS = {
    "400": "Invalid parameter or body: `details` names each offending one.",
    "401": "Authentication needed: send `Authorization: Token <key>`.",
    "403": "The token's user lacks the permission this operation needs.",
    "404": "No such resource (or page).",
    "406": "No representation in the requested format (JSON or CSV).",
    "415": "Send the body as application/json.",
    "429": "Too many requests: retry after `Retry-After` seconds.",
    "503": "The database is unavailable: retry after `Retry-After` seconds.",
}
FORMAT_DESCRIPTION = "Response format (instead of an Accept header): json (default) or csv."
READ_CODES = ("400", "404", "406", "429", "503")
WRITE_CODES = (*READ_CODES, "401", "403", "415")


def add_error_responses(result, generator, request, public):
    """drf-spectacular postprocessing hook: document the error body on every operation."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    error = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for operations in result.get("paths", {}).values():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                if parameter["name"] == "format" and parameter["in"] == "query":
                    parameter["description"] = FORMAT_DESCRIPTION
            codes = READ_CODES if method in ("get", "head") else WRITE_CODES
            for code in codes:
                operation["responses"].setdefault(
                    code, {"description": DESCRIPTIONS[code], "content": error}
                )
    return result
