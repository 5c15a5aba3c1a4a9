"""The kinds of matter a volunteer handles: one vocabulary for the device's model, the deadline
rules (which group kinds into tracks) and the hub (which places matters of these kinds).

It lives outside ``core.model`` so the hub can name the kinds without importing the device's
database model (the layering test holds the hub to that).
"""

from __future__ import annotations

from enum import StrEnum


class MatterKind(StrEnum):
    AFFIRMATIVE_ASYLUM = "affirmative_asylum"
    DEFENSIVE_ASYLUM = "defensive_asylum"  # asylum, withholding of removal and CAT in court
    U_VISA = "u_visa"
    VAWA_SELF_PETITION = "vawa_self_petition"
    SIJS = "sijs"
    CANCELLATION_OF_REMOVAL = "cancellation_of_removal"
    ADJUSTMENT_OF_STATUS = "adjustment_of_status"
    FAMILY_PETITION = "family_petition"
    HABEAS = "habeas"
    BOND = "bond"
