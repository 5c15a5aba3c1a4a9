"""What the sync corner and the conflicts view say, and how an edited value is read back."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from workbench.core.errors import WorkbenchError
from workbench.core.operations.sync import SyncReport
from workbench.core.operations.sync import SyncStatus, check_hub_url, parse_value, value_text
from workbench.gui.conflicts_dialog import field_label, shown_value
from workbench.gui.sync_controller import report_text
from workbench.gui.sync_status import conflicts_text, state_text, sync_time_text


def test_state_texts():
    assert state_text(SyncStatus()) == "Not enrolled with a hub"
    assert state_text(SyncStatus(bundle_only=True, pending=1)) == "Bundle-only · 1 change to export"
    assert state_text(SyncStatus(enrolled=True, pending=0)) == "Last sync never · nothing waiting"
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    assert state_text(SyncStatus(enrolled=True, pending=1234, last_sync_at=now)).endswith("1,234 changes waiting")
    assert sync_time_text("2030-03-04T15:00:00+00:00", today=date(2031, 1, 1)).startswith("Mar 4, 2030")
    assert conflicts_text(1) == "1 conflict to review" and conflicts_text(3) == "3 conflicts to review"
    assert report_text(SyncReport(pushed=1, pulled=0, conflicts=2)) == \
        "Synced: sent 1 change, received 0 changes; 2 conflicts to review."


def test_hub_addresses():
    assert check_hub_url(" https://hub.example.org/ ") == "https://hub.example.org"
    assert check_hub_url("http://127.0.0.1:8080") == "http://127.0.0.1:8080"
    for bad in ("hub.example.org", "ftp://hub.example.org", "http://hub.example.org", "https://"):
        with pytest.raises(WorkbenchError):
            check_hub_url(bad)


def test_values_shown_and_edited():
    assert value_text(None) == "" and value_text(True) == "Yes" and value_text(["Spanish", "Quechua"]) == \
        "Spanish, Quechua"
    assert shown_value("matters", "judge", None) == "(empty)"
    assert shown_value("matters", "stage", "hearing") == "Hearing"
    assert shown_value("events", "on_date", "2031-01-06") == "Jan 6, 2031"
    assert field_label("matters", "court_location") == "Court or office"
    assert field_label("deadlines", "due_on") == "Due on"
    assert parse_value("03/22/2031", "2031-03-01") == "2031-03-22"
    assert parse_value("no", True) is False and parse_value("42", 7) == 42 and parse_value("", "x") is None
    assert parse_value("a, b", ["x"]) == ["a", "b"] and parse_value(" Hon. D ", "Hon. C") == "Hon. D"
    for text, like in (("maybe", True), ("many", 3), ("2031-13-45", "2031-01-01")):
        with pytest.raises(WorkbenchError):
            parse_value(text, like)
