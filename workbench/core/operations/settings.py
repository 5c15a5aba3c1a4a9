"""Vault settings, the dashboard agenda, search and the calendar export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ..vault import audit
from ..queries import dashboard, search
from ..queries.dashboard import DAYS as AGENDA_DAYS, AgendaItem, due_reminders, reminder_text  # noqa: F401
from ..queries.search import SearchHit  # noqa: F401 - what search_vault returns
from ..queries.calendar_export import export_ics, matter_label
from ..errors import ValidationError
from ..i18n import translate
from ..model import Matter, VaultMeta
from ..vault.store import Vault
from .base import ChangeSet
from .exports import Exported, write_export


# ----------------------------------------------------------------------------- settings, agenda, search
@dataclass(frozen=True)
class Settings:
    """Vault settings (stored encrypted in the vault, so they follow it to another laptop)."""

    reminder_days: int = 3
    auto_lock_minutes: int = 10
    notifications: bool = True


_SETTING_KEYS = {"reminder_days": int, "auto_lock_minutes": int, "notifications": lambda v: v == "1"}


def load_settings(vault: Vault) -> Settings:
    with vault.session() as s:
        stored = {m.key: m.value for m in s.scalars(select(VaultMeta).where(VaultMeta.key.in_(_SETTING_KEYS)))}
    values = {}
    for key, convert in _SETTING_KEYS.items():
        try:
            if key in stored:
                values[key] = convert(stored[key])
        except ValueError:
            pass  # a damaged value falls back to the default
    return Settings(**values)


def save_settings(vault: Vault, settings: Settings) -> ChangeSet:
    if not 0 <= settings.reminder_days <= 90 or not 1 <= settings.auto_lock_minutes <= 240:
        raise ValidationError([("settings", translate("settings", "Reminders: 0 to 90 days before; auto-lock: 1 to "
                                                                  "240 minutes."))],
                              translate("settings", "The settings"))
    with vault.session() as s:
        for key in _SETTING_KEYS:
            value = getattr(settings, key)
            stored = ("1" if value else "0") if isinstance(value, bool) else str(value)
            s.merge(VaultMeta(key=key, value=stored))
            audit.record(s, "set_setting", "vault", detail=f"{key}={stored}")
    return ChangeSet(updated=frozenset({("vault_meta", "settings")}))


def agenda(vault: Vault, today: date | None = None, days: int = dashboard.DAYS) -> list[dashboard.AgendaItem]:
    with vault.session() as s:
        return dashboard.agenda(s, today, days)


def search_vault(vault: Vault, typed: str, limit: int = 50) -> list[search.SearchHit]:
    with vault.session() as s:
        return search.search(s, typed, limit)


# ----------------------------------------------------------------------------- calendar export
@dataclass(frozen=True)
class MatterChoice:
    id: str
    label: str  # what the calendar shows without names: the matter number, or initials
    client: str
    kind: str


def matter_choices(vault: Vault) -> list[MatterChoice]:
    """Every matter, for the calendar export's list of checkboxes."""
    with vault.session() as s:
        rows = s.scalars(select(Matter).where(Matter.deleted_at.is_(None)))
        out = [MatterChoice(m.id, matter_label(m), m.client.display_name, str(m.kind.value)) for m in rows]
    return sorted(out, key=lambda c: c.client.lower())


def export_calendar(vault: Vault, matter_ids: list[str] | None, destination: Path, *,
                    include_client_names: bool = False) -> Exported:
    """Write an .ics of the chosen matters' events and deadlines (None: every matter) where the user
    chose (audited); the result carries the warning when the copy could not be made owner-only."""
    if matter_ids is not None and not matter_ids:
        raise ValidationError([("matters", translate("settings", "Choose at least one matter to export."))],
                              translate("settings", "The calendar export"))
    with vault.session() as s:
        data = export_ics(s, list(matter_ids) if matter_ids else None, include_client_names=include_client_names)
    what = (f"calendar of {len(matter_ids)} matter(s)" if matter_ids else "calendar of every matter") \
        + (" with client names" if include_client_names else "")
    return write_export(vault, Path(destination), data, what=what, entity="calendar")
