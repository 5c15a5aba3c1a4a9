"""Operations: the only way the GUI reads or changes vault data (DESIGN "Shape" rules 2 and 4).

Every function here takes an unlocked ``Vault``, does its work in one short session and returns
plain values: frozen dataclasses for reads, a ``ChangeSet`` for writes (or a value carrying one
in ``.changes``, e.g. a filled form). Nothing returned is a live ORM object, so a widget can hold
it after the session is gone (and after the vault is locked, until the widget is cleared). The
GUI runs these on its database worker thread and refreshes whatever views the ``ChangeSet`` says
are affected, as Anki's ``OpChanges`` does.

This package is Qt-free, so the CLI and tests can call the same functions. Its modules:
``base`` (ChangeSet, field checks), ``matters`` (the list, new matters), ``records`` (plain
records, ``save_edits``), ``detail`` (the matter view, deadlines), ``documents``, ``settings``
(settings, agenda, search, calendar export) and ``forms`` (the Forms tab).
"""

from ..errors import NotFound, ValidationError, WorkbenchError  # raised by the operations, re-exported
from .base import PHONE_FIELDS, REQUIRED, ChangeSet, field_problem, parse_date, parse_minutes, required_problem
from .detail import (ActivityRow, DeadlineView, Explained, MatterDetail, clear_deadline_override, matter_detail,
                     override_deadline, set_deadline_done)
from .documents import DocumentContent, add_document, export_document, media_type, read_document
from .forms import (BlankStatus, CheckView, FilledForm, FormSlot, FormsOverview, FormState, fill_form,
                    form_state, forms_for_kind, forms_overview, load_attorney_profile, questionnaire,
                    save_attorney_profile, save_form_answer)
from .matters import PAGE_SIZE, MatterPage, MatterQuery, add_client_with_matter, matters_page
from .records import EDITABLE, PARENT, Edit, RecordData, delete_record, save_edits
from .settings import (MatterChoice, Settings, agenda, export_calendar, load_settings, matter_choices,
                       save_settings, search_vault)

__all__ = ["ActivityRow", "BlankStatus", "ChangeSet", "CheckView", "DeadlineView", "DocumentContent", "EDITABLE",
           "Edit", "Explained", "FilledForm", "FormSlot", "FormState", "FormsOverview", "MatterChoice",
           "MatterDetail", "MatterPage", "MatterQuery", "NotFound", "ValidationError", "WorkbenchError", "PAGE_SIZE", "PARENT", "PHONE_FIELDS", "REQUIRED",
           "RecordData", "Settings", "add_client_with_matter", "add_document", "agenda", "clear_deadline_override",
           "delete_record", "export_calendar", "export_document", "field_problem", "fill_form", "form_state",
           "forms_for_kind", "forms_overview", "load_attorney_profile", "load_settings", "matter_choices",
           "matter_detail", "matters_page", "media_type", "override_deadline", "parse_date", "parse_minutes",
           "questionnaire", "read_document", "required_problem", "save_attorney_profile", "save_edits", "save_form_answer",
           "save_settings", "search_vault", "set_deadline_done"]
