"""Impact (every role: aggregates only, small cells suppressed; CSV export), the audit viewer
(admins: staff actions and the client-record access log), and the field maps the organization
has published (every role: they hold no client data)."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from . import audit, charts, i18n, impact
from .sessions import Session
from .staff import ROLES
from .web import ConsoleRoute, address, db_of, needs, render

router = APIRouter(route_class=ConsoleRoute)


@router.get("/impact")
def impact_page(request: Request, session: Session = Depends(needs(*ROLES))):
    figures = impact.compute(db_of(request), request.app.state.org_id)
    _ = i18n.translator(i18n.language(request))
    rates = [(f"{_(i18n.label(r['kind']))} {r['year']}", r["grant_rate"]) for r in figures.outcomes
             if r["grant_rate"] is not None]
    graphs = {
        "opened": charts.bars(_("Matters opened by year"), [(str(y["year"]), y["opened"]) for y in figures.years]),
        "hours": charts.bars(_("Volunteer hours by year"), [(str(y["year"]), y["hours"]) for y in figures.years],
                             unit=" h"),
        "grant": charts.bars(_("Grant rate by matter kind and year"), rates, unit="%", scale_max=1.0),
        "grant_rows": len(rates),
    }
    return render(request, "impact.html", f=figures, graphs=graphs, today=date.today())


@router.get("/impact.csv")
def impact_csv(request: Request, session: Session = Depends(needs(*ROLES))):
    data = impact.to_csv(impact.compute(db_of(request), request.app.state.org_id))
    audit.record(db_of(request), "impact.export", staff=session.staff, detail=f"{len(data)} bytes",
                 address=address(request))
    return Response(data, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="impact-{date.today()}.csv"'})


def _before(value: str) -> int | None:
    return int(value) if value.isdigit() and len(value) < 19 else None


@router.get("/audit")
def audit_page(request: Request, before: str = "", action: str = "", _: Session = Depends(needs("admin"))):
    rows = audit.entries(db_of(request), _before(before), action[:40] or None)
    return render(request, "audit.html", rows=rows, action=action[:40], page_size=audit.PAGE)


@router.get("/access-log")
def access_page(request: Request, before: str = "", _: Session = Depends(needs("admin"))):
    rows = audit.accesses(db_of(request), _before(before))
    return render(request, "access_log.html", rows=rows, page_size=audit.PAGE)


@router.get("/form-maps")
def form_maps_page(request: Request, _: Session = Depends(needs(*ROLES))):
    """What the devices install at their next sync: each published map, newest first. Publishing
    stays a staff command on the hub's server (``workbench-hub forms publish``), where the
    organization's key is: the console never holds it."""
    from ..forms_publish import published

    return render(request, "form_maps.html", rows=published(db_of(request), request.app.state.org_id))

