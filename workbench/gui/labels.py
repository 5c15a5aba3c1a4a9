"""Words people read for the model's stable identifiers, and how dates are shown.

Enum values are storage identifiers (``affirmative_asylum``); the GUI shows these labels. They
live in one place so the list and the editors agree (and translation has one place to hook in).
"""

from __future__ import annotations

from datetime import date

from ..core.model.enums import MatterKind, MatterStage


MATTER_KIND = {
    MatterKind.AFFIRMATIVE_ASYLUM: "Affirmative asylum",
    MatterKind.DEFENSIVE_ASYLUM: "Defensive asylum / withholding / CAT",
    MatterKind.U_VISA: "U visa",
    MatterKind.VAWA_SELF_PETITION: "VAWA self-petition",
    MatterKind.SIJS: "SIJS",
    MatterKind.CANCELLATION_OF_REMOVAL: "Cancellation of removal",
    MatterKind.ADJUSTMENT_OF_STATUS: "Adjustment of status",
    MatterKind.FAMILY_PETITION: "Family petition",
    MatterKind.HABEAS: "Habeas",
    MatterKind.BOND: "Bond",
}

MATTER_STAGE = {
    MatterStage.INTAKE: "Intake",
    MatterStage.PREPARATION: "Preparation",
    MatterStage.FILED: "Filed",
    MatterStage.PENDING: "Pending",
    MatterStage.HEARING: "Hearing",
    MatterStage.DECIDED: "Decided",
    MatterStage.APPEAL: "Appeal",
    MatterStage.CLOSED: "Closed",
}


def matter_kind(value: str) -> str:
    try:
        return MATTER_KIND[MatterKind(value)]
    except ValueError:
        return value


def matter_stage(value: str) -> str:
    try:
        return MATTER_STAGE[MatterStage(value)]
    except ValueError:
        return value


def short_date(d: date | None) -> str:
    """``Mar 4, 2026``: unambiguous for US readers, unlike 03/04/2026 is for everyone else."""
    if d is None:
        return ""
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


# Not strftime("%b"): QCoreApplication calls setlocale(), which would mix languages in an English UI.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
