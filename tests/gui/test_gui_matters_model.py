"""MattersModel without widgets, synchronously against a real vault (DESIGN "Shape" rule 5)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from tests.gui.gui_helpers import SAMPLE_MATTERS, new_vault, seed
from PySide6.QtCore import QModelIndex, Qt

from workbench.core.errors import ValidationError, VaultLocked
from workbench.core.model import Client, Matter
from workbench.core.model.enums import MatterKind, MatterStage
from workbench.core.operations import MatterQuery, add_client_with_matter, matters_page
from workbench.gui.matters_model import MattersModel

M = MattersModel


@pytest.fixture
def vault(tmp_path):
    v = new_vault(tmp_path / "vault")
    yield v
    v.close()


def sync_model(vault, **kw) -> MattersModel:
    model = MattersModel(lambda q, o, n, total: matters_page(vault, q, o, n, with_total=total), **kw)
    model.refresh()
    return model


def column(model: MattersModel, col: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    return [model.data(model.index(r, col), role) for r in range(model.rowCount())]


def bulk(vault, n: int) -> None:
    with vault.session() as s:
        for i in range(n):
            c = Client(family_name=f"Family{i:04d}", given_name=f"Given{i:04d}")
            s.add(c)
            s.flush()
            s.add(Matter(client_id=c.id, kind=MatterKind.U_VISA if i % 2 else MatterKind.SIJS,
                         stage=MatterStage.INTAKE, matter_number=f"N-{i:04d}"))


def test_rows_columns_and_roles(vault, qtmodeltester):
    ids = seed(vault)
    model = sync_model(vault)
    qtmodeltester.check(model)
    assert model.columnCount() == 7 == len(M.HEADERS)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        "Client", "Kind", "Stage", "Next event", "Next deadline", "Matter number", "Court"]
    assert model.rowCount() == len(SAMPLE_MATTERS) and model.total == len(SAMPLE_MATTERS)
    assert column(model, M.CLIENT) == ["Alvarez Reyes, María José", "Haile, Selam", "Nguyen, Thi Lan",
                                       "Okafor, Chidi", "Petrenko, Olena"]
    assert column(model, M.KIND)[2] == "U visa"
    assert set(column(model, M.STAGE)) == {"Intake"}
    assert column(model, M.MATTER_NUMBER)[4] == ""
    assert column(model, M.COURT)[1] == "Chicago Immigration Court"
    haile = model.index(1, M.NEXT_DEADLINE)
    assert model.data(haile).endswith("(overdue)")
    assert model.data(haile, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, M.NEXT_DEADLINE), Qt.ItemDataRole.ForegroundRole) is None
    assert "Individual hearing" in model.data(model.index(1, M.NEXT_EVENT), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, M.CLIENT), M.IdRole) == ids[1]
    row = model.data(model.index(1, M.CLIENT), M.RowRole)
    assert row.client_name == "Haile, Selam" and row.next_event_on == date.today() + timedelta(days=12)
    assert model.headerData(M.NEXT_DEADLINE, Qt.Orientation.Horizontal, M.SortKeyRole) == "next_deadline"
    assert model.data(model.index(99, 0)) is None
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children


def test_sort_maps_columns_to_sort_keys(vault):
    seed(vault)
    model = sync_model(vault)
    model.sort(M.CLIENT, Qt.SortOrder.DescendingOrder)
    assert model.query == MatterQuery("", "client", True)
    assert column(model, M.CLIENT)[0] == "Petrenko, Olena"
    model.sort(M.NEXT_DEADLINE, Qt.SortOrder.AscendingOrder)
    names = column(model, M.CLIENT)
    assert names[:3] == ["Haile, Selam", "Alvarez Reyes, María José", "Okafor, Chidi"]  # matters without last
    model.sort(M.NEXT_DEADLINE, Qt.SortOrder.DescendingOrder)
    assert column(model, M.CLIENT)[:3] == ["Okafor, Chidi", "Alvarez Reyes, María José", "Haile, Selam"]
    for col, key in enumerate(M.SORT_KEYS):
        model.sort(col)
        assert model.query.sort == key and model.rowCount() == len(SAMPLE_MATTERS)


def test_filter_matches_name_number_and_court(vault):
    seed(vault)
    model = sync_model(vault)
    model.set_filter("  haile ")
    assert column(model, M.CLIENT) == ["Haile, Selam"] and model.total == 1
    model.set_filter("2024-0932")
    assert column(model, M.CLIENT) == ["Nguyen, Thi Lan"]
    model.set_filter("cook county")
    assert column(model, M.CLIENT) == ["Okafor, Chidi"]
    model.set_filter("nobody-by-that-name")
    assert model.rowCount() == 0 and model.total == 0 and not model.canFetchMore()
    model.set_filter("")
    assert model.rowCount() == len(SAMPLE_MATTERS)


def test_fetches_lazily_in_pages_of_100(vault):
    bulk(vault, 250)
    pages = []

    def fetch(q, offset, limit, total):
        pages.append((offset, limit, total))
        return matters_page(vault, q, offset, limit, with_total=total)

    model = MattersModel(fetch)
    assert model.rowCount() == 0 and not model.canFetchMore()  # nothing loads before refresh()
    model.refresh()
    assert model.rowCount() == 100 and model.total == 250 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 250 and not model.canFetchMore()
    model.fetchMore()  # nothing left: no query
    assert pages == [(0, 100, True), (100, 100, False), (200, 100, False)]
    assert column(model, M.CLIENT)[-1] == "Family0249, Given0249"
    # a refresh reloads as many rows as were shown, so the scroll position survives
    model.refresh()
    assert pages[-1] == (0, 300, True) and model.rowCount() == 250
    # a new filter or sort starts again from one page
    model.sort(M.MATTER_NUMBER, Qt.SortOrder.DescendingOrder)
    assert pages[-1] == (0, 100, True) and model.data(model.index(0, M.MATTER_NUMBER)) == "N-0249"


def test_pages_that_arrive_late_are_dropped(vault):
    """With the worker, answers arrive later: one for an old filter must not replace the new one."""
    seed(vault)
    jobs = []
    model = MattersModel(lambda q, o, n, t: matters_page(vault, q, o, n, with_total=t),
                         run=lambda work, deliver: jobs.append((work, deliver)))
    model.refresh()
    model.set_filter("haile")
    assert model.is_loading and len(jobs) == 2
    new_work, new_deliver = jobs.pop()
    new_deliver(new_work(), None)
    old_work, old_deliver = jobs.pop()
    old_deliver(old_work(), None)  # stale: ignored
    assert column(model, M.CLIENT) == ["Haile, Selam"] and not model.is_loading


def test_clear_forgets_rows_and_loads_nothing_until_refresh(vault):
    seed(vault)
    model = sync_model(vault)
    model.set_filter("haile")
    model.clear()
    assert model.rowCount() == 0 and model.total is None and not model.canFetchMore()
    assert model.query.filter_text == ""  # the filter can hold a client's name
    vault.close()
    model.sort(M.KIND)  # locked: a sort is remembered, not run
    assert model.rowCount() == 0


def test_load_errors_are_reported_not_raised(vault, qtbot):
    model = MattersModel(lambda *a: (_ for _ in ()).throw(VaultLocked()))
    with qtbot.waitSignal(model.load_failed) as blocker:
        model.refresh()
    assert isinstance(blocker.args[0], VaultLocked) and model.rowCount() == 0


# -- the operations the model and the dialog use (Qt-free; here because they exist for the GUI) --

def test_add_client_with_matter_returns_a_change_set(vault):
    changes = add_client_with_matter(vault, " Haile ", "Selam", "defensive_asylum", " NIJC-1 ",
                                     a_number="A-12-345-678")
    assert changes.affects("matters") and changes.affects("clients") and not changes.affects("events")
    page = matters_page(vault, MatterQuery(), with_total=True)
    assert page.total == 1
    row = page.rows[0]
    assert (row.id, row.client_name, row.matter_number, row.kind, row.a_number) == (
        changes.created_id("matters"), "Haile, Selam", "NIJC-1", "defensive_asylum", "012345678")


def test_add_client_with_matter_reports_every_problem_and_writes_nothing(vault):
    with pytest.raises(ValidationError) as info:
        add_client_with_matter(vault, "  ", "X", "not-a-kind", "N" * 41, a_number="12")
    assert {field for field, _ in info.value.problems} == {"family_name", "kind", "matter_number", "a_number"}
    assert matters_page(vault, MatterQuery(), with_total=True).total == 0


def test_matter_query_rejects_unknown_sort():
    with pytest.raises(ValueError):
        MatterQuery(sort="color")
    assert MattersModel(lambda *a: None).canFetchMore(QModelIndex()) is False
