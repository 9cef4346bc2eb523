"""Writes to exchanges, tranches and releases: `matching` (claims to records, reconciling figures)
and `editorial` (editors' corrections). Callers import from here."""

from .bulk import rows_update
from .editorial import (
    EditorialError,
    correction_record,
    release_confirm,
    release_set_editor_value,
    release_unlock,
    side_set_target,
    tranche_assign,
    tranche_merge,
    tranche_split,
)
from .ledger import Ledger
from .matching import (
    IN_FORCE,
    SAME_DEAL,
    exchange_accepts,
    exchange_complete_before,
    exchange_match_or_create,
    exchange_refresh_status,
    parties_lock,
    parties_resolve,
    party_resolve,
    release_reconcile,
)

__all__ = [
    "IN_FORCE",
    "SAME_DEAL",
    "EditorialError",
    "Ledger",
    "correction_record",
    "exchange_accepts",
    "exchange_complete_before",
    "exchange_match_or_create",
    "exchange_refresh_status",
    "parties_lock",
    "parties_resolve",
    "party_resolve",
    "release_confirm",
    "release_reconcile",
    "release_set_editor_value",
    "release_unlock",
    "rows_update",
    "side_set_target",
    "tranche_assign",
    "tranche_merge",
    "tranche_split",
]
