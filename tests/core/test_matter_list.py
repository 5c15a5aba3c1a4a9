"""The matters list: filter, sort, paging and next event/deadline, against a real vault."""

from datetime import date

from workbench.core.queries.matter_list import count_matters, list_matters
from workbench.core.model import Client, Deadline, Event, Matter, enums as E

TODAY = date(2026, 11, 21)


def _seed(vault):
    data = [("Alvarez", "Ana", "A111222333", "M-001", "Chicago", E.MatterKind.SIJS),
            ("Baptiste", "Jean", None, "M-002", "Broadview", E.MatterKind.U_VISA),
            ("Chen", "Li", "A444555666", "M-003", "Chicago", E.MatterKind.AFFIRMATIVE_ASYLUM)]
    ids = {}
    with vault.session() as s:
        for fam, given, anum, num, court, kind in data:
            m = Matter(client=Client(family_name=fam, given_name=given, a_number=anum), kind=kind,
                       matter_number=num, court_location=court)
            s.add(m)
            s.flush()
            ids[fam] = m.id
        s.add_all([
            Event(matter_id=ids["Chen"], kind=E.EventKind.HEARING, title="past", on_date=date(2026, 1, 1)),
            Event(matter_id=ids["Chen"], kind=E.EventKind.HEARING, title="soon", on_date=date(2026, 12, 1)),
            Event(matter_id=ids["Chen"], kind=E.EventKind.HEARING, title="later", on_date=date(2027, 1, 1)),
            Event(matter_id=ids["Alvarez"], kind=E.EventKind.INTERVIEW, title="interview", on_date=date(2027, 3, 1)),
            Deadline(matter_id=ids["Baptiste"], title="Supp B", due_on=date(2027, 2, 2)),
            Deadline(matter_id=ids["Baptiste"], title="done one", due_on=date(2026, 12, 2),
                     status=E.DeadlineStatus.DONE),
        ])
    return ids


def test_filter_sort_and_next_items(make_vault):
    vault, _ = make_vault()
    ids = _seed(vault)
    with vault.session() as s:
        rows = list_matters(s, today=TODAY)
        assert [r.client_name for r in rows] == ["Alvarez, Ana", "Baptiste, Jean", "Chen, Li"]
        chen = rows[2]
        assert (chen.next_event_on, chen.next_event_title) == (date(2026, 12, 1), "soon")
        assert rows[1].next_deadline_on == date(2027, 2, 2) and rows[1].next_deadline_title == "Supp B"
        assert [r.client_name for r in list_matters(s, "chicago", today=TODAY)] == ["Alvarez, Ana", "Chen, Li"]
        assert [r.id for r in list_matters(s, "444-555", today=TODAY)] == [ids["Chen"]]
        assert [r.id for r in list_matters(s, "M-002", today=TODAY)] == [ids["Baptiste"]]
        assert [r.id for r in list_matters(s, "ana chicago", today=TODAY)] == [ids["Alvarez"]]
        assert count_matters(s, "chicago") == 2
        by_event = [r.client_name for r in list_matters(s, sort="next_event", today=TODAY)]
        assert by_event == ["Chen, Li", "Alvarez, Ana", "Baptiste, Jean"]
        by_event_desc = [r.client_name for r in list_matters(s, sort="next_event", descending=True, today=TODAY)]
        assert by_event_desc == ["Alvarez, Ana", "Chen, Li", "Baptiste, Jean"], "matters without one stay last"
        assert [r.client_name for r in list_matters(s, sort="client", descending=True, today=TODAY)][0] == "Chen, Li"


def test_paging_and_tombstones(make_vault):
    vault, _ = make_vault()
    with vault.session() as s:
        for i in range(25):
            s.add(Matter(client=Client(family_name=f"N{i:02d}", given_name="x"), kind=E.MatterKind.BOND))
    with vault.session() as s:
        page2 = list_matters(s, offset=10, limit=10)
        assert [r.client_name for r in page2] == [f"N{i:02d}, x" for i in range(10, 20)]
        victim = s.get(Matter, page2[0].id)
        victim.soft_delete()
    with vault.session() as s:
        assert count_matters(s) == 24
        assert "N10, x" not in [r.client_name for r in list_matters(s, limit=100)]
