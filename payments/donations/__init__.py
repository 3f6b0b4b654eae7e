"""Donations by voice: records (``records``), the service (``service``: give, history, limits),
the charity's export (``export``). The names below are importable from ``payments.donations``.
"""

from payments.donations.export import (
    EXPORT_FIELDS,
    RECEIPT_FIELDS,
    TOKEN_TTL,
    export_donations,
    redeem_donation_token,
)
from payments.donations.records import (
    TAX_RULES,
    CharityTerms,
    CharityTotal,
    Donation,
    DonationHistory,
    DonationState,
    GiveResult,
    GiveStatus,
    PendingDonation,
    charity_terms,
    clean_pending_donation,
    derive_donation_id,
    donation_charge_key,
    estimated_deductible,
)
from payments.donations.service import Donations

__all__ = [
    "EXPORT_FIELDS",
    "RECEIPT_FIELDS",
    "TAX_RULES",
    "TOKEN_TTL",
    "CharityTerms",
    "CharityTotal",
    "Donation",
    "DonationHistory",
    "DonationState",
    "Donations",
    "GiveResult",
    "GiveStatus",
    "PendingDonation",
    "charity_terms",
    "clean_pending_donation",
    "derive_donation_id",
    "donation_charge_key",
    "estimated_deductible",
    "export_donations",
    "redeem_donation_token",
]
