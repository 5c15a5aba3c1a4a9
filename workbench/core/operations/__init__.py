"""Operations: the only way the GUI reads or changes vault data (DESIGN "Shape" rules 2 and 4).

Every function here takes an unlocked ``Vault``, does its work in one short session and returns
plain values: frozen dataclasses for reads, a ``ChangeSet`` for writes (or a value carrying one
in ``.changes``, e.g. a filled form). Nothing returned is a live ORM object, so a widget can hold
it after the session is gone (and after the vault is locked, until the widget is cleared). The
GUI runs these on its database worker thread and refreshes whatever views the ``ChangeSet`` says
are affected, as Anki's ``OpChanges`` does.

This package is Qt-free, so the CLI and tests can call the same functions. Its modules:
``base`` (ChangeSet, field checks), ``vaults`` (finding, creating, unlocking and checking the
vault), ``matters`` (the list, new matters), ``records`` (plain records, ``save_edits``), ``detail``
(the matter view, deadlines), ``deadline_list`` (every matter's deadlines, for the CLI),
``documents``, ``settings`` (settings, agenda, search, calendar export), ``forms`` (the Forms tab,
the blanks catalogue), ``interchange`` (matter files in and out), ``packets``, ``visits``
(visit kit, visits and their notes), ``reports``, ``sync`` (status, sync rounds, conflicts,
enrollment, offline bundles), and ``exports``: the one audited, atomic way
plaintext leaves the vault, which every export above goes through.

Modules with many names of their own (``vaults``, ``packets``, ``visits``, ``reports``,
``interchange``, ``deadline_list``, ``sync``) are imported as modules (``from ..core.operations import
packets``), so a front-end's imports say which part of the application it uses.
"""

from __future__ import annotations

import importlib

# name -> the module defining it. Loaded on first use (PEP 562), so the unlock dialog can import
# ``operations.vaults`` without loading the forms engine, packets or sync: the first window shows sooner.
_WHERE = {
    "..errors": ("NotFound", "ValidationError", "WorkbenchError"),  # raised by the operations, re-exported
    ".base": ("PHONE_FIELDS", "REQUIRED", "field_problem", "parse_date", "parse_minutes", "required_problem"),
    ".changes": ("ChangeSet",),
    ".detail": ("ActivityRow", "DeadlineView", "Explained", "MatterDetail", "clear_deadline_override", "matter_detail",
                "override_deadline", "set_deadline_done"),
    ".documents": ("DocumentContent", "add_document", "export_document", "media_type", "read_document"),
    ".exports": ("Exported", "write_export"),
    ".forms": ("BlankAdded", "BlankStatus", "CheckView", "EditionRow", "FilledForm", "FormSlot", "FormsOverview",
               "FormState", "ScratchFill", "add_official_blank", "fill_form", "fill_from_interchange", "form_state",
               "forms_catalog", "forms_for_kind", "forms_overview", "load_attorney_profile", "prepare_blank",
               "questionnaire", "save_attorney_profile", "save_form_answer", "slot_for"),
    ".matters": ("PAGE_SIZE", "SORT_KEYS", "MatterPage", "MatterQuery", "MatterRow", "add_client_with_matter",
                 "matters_page"),
    ".records": ("EDITABLE", "PARENT", "Edit", "RecordData", "delete_record", "save_edits"),
    ".settings": ("MatterChoice", "Settings", "agenda", "export_calendar", "load_settings", "matter_choices",
                  "save_settings", "search_vault"),
}
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}
__all__ = sorted(_MODULE_OF)


def __getattr__(name: str):
    module = _MODULE_OF.get(name)
    if module is None:  # a submodule (``from ..core.operations import packets``) is found by the import system
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
