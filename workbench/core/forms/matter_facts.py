"""The matter's facts that the forms' derivations all start from: its kind, the day the form is
filled for, and the asylum dates.

Why one place: the I-765 category (``ead_category``) and the I-131 application type
(``travel_type``) each judge from these same facts plus their own questionnaire answers; reading
them in one way keeps "granted" meaning the same thing on both forms.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class MatterFacts:
    kind: str | None
    today: date
    asylum_filed_on: date | None = None
    asylum_granted_on: date | None = None

    @staticmethod
    def read(profile: dict) -> dict[str, Any]:
        """The base facts of ``profile`` as keyword arguments (a subclass adds its answers)."""
        matter = profile.get("matter", {})
        return {"kind": matter.get("kind"), "today": profile.get("today") or date.today(),
                "asylum_filed_on": matter.get("asylum_filed_on"), "asylum_granted_on": matter.get("asylum_granted_on")}
