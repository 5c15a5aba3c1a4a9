"""Per-route request timing kept in memory by each hub process: cheap enough to leave on.

Each request's time, from the moment the hub sees it to the last byte of its answer
(authentication, body limits and the route itself), goes into a histogram of its route
(``GET /v1/pull``, ``POST /v1/push``, ...; a pull from cursor 0, a device's first pull, is
counted apart as ``GET /v1/pull?cursor=0``). Buckets grow by 5%, so a percentile read from
them is within 5% of the measured one; recording is a dictionary lookup and a bisection.

Where to read it:
* ``GET /_hub/timings`` answers this process's figures as JSON, **only to a client on the same
  host** (127.0.0.1 or ::1; behind the reverse proxy ``X-Forwarded-For`` names the real client,
  and docs/hub.md forwards only ``/v1/`` and ``/admin/``): everyone else gets a plain 404;
* with ``WORKBENCH_HUB_TIMINGS_DIR`` set (the load benchmark does), every process also writes its
  figures to ``timings-<pid>.json`` in that folder twice a second, so figures of several workers
  can be added up.

Only route names, status classes and durations are kept: never a path parameter, a query
value other than ``cursor=0``, a header or a body.
"""

from __future__ import annotations

import bisect
import json
import math
import os
import threading
import time
from pathlib import Path

PATH = "/_hub/timings"
DIR_ENV = "WORKBENCH_HUB_TIMINGS_DIR"
LOOPBACK = frozenset({"127.0.0.1", "::1"})
_FIRST_MS, _GROWTH, _BUCKETS = 0.05, 1.05, 320  # 0.05 ms .. about 300 s
BOUNDS = [_FIRST_MS * _GROWTH ** i for i in range(_BUCKETS)]  # upper bounds, in milliseconds


def bucket_of(ms: float) -> int:
    return min(bisect.bisect_left(BOUNDS, ms), _BUCKETS - 1)


def percentile(counts: list[int], q: float) -> float | None:
    """The ``q`` quantile (0..1) of a histogram, as its bucket's upper bound in milliseconds."""
    total = sum(counts)
    if not total:
        return None
    rank = max(1, math.ceil(q * total))
    seen = 0
    for i, n in enumerate(counts):
        seen += n
        if seen >= rank:
            return round(BOUNDS[i], 3)
    return round(BOUNDS[-1], 3)


class Timings:
    """Histograms per route label and status class, for one process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._routes: dict[str, dict] = {}
        self.changed = 0

    def add(self, label: str, status: int, ms: float) -> None:
        with self._lock:
            route = self._routes.get(label)
            if route is None:
                route = self._routes[label] = {"counts": [0] * _BUCKETS, "statuses": {}, "total_ms": 0.0}
            route["counts"][bucket_of(ms)] += 1
            key = f"{status // 100}xx"
            route["statuses"][key] = route["statuses"].get(key, 0) + 1
            route["total_ms"] += ms
            self.changed += 1

    def snapshot(self) -> dict:
        with self._lock:
            routes = {label: {"counts": list(r["counts"]), "statuses": dict(r["statuses"]),
                              "total_ms": round(r["total_ms"], 3)} for label, r in self._routes.items()}
        return {"pid": os.getpid(), "bucket_bounds_ms": {"first": _FIRST_MS, "growth": _GROWTH, "count": _BUCKETS},
                "routes": routes}


def summary(snapshot_routes: dict) -> dict:
    """Count, p50, p99 and mean per route, from (possibly added-up) histograms."""
    out = {}
    for label, r in sorted(snapshot_routes.items()):
        n = sum(r["counts"])
        out[label] = {"count": n, "p50_ms": percentile(r["counts"], 0.5), "p99_ms": percentile(r["counts"], 0.99),
                      "mean_ms": round(r["total_ms"] / n, 3) if n else None, "statuses": r["statuses"]}
    return out


def label_of(scope) -> str:
    """The route's name, never its parameters: ``GET /v1/blobs/{sha256}``, not the hash."""
    route = scope.get("route")
    template = getattr(route, "path_format", None) or getattr(route, "path", None)
    path = scope.get("path", "")
    if not template:
        parts = path.split("/")
        template = "/".join(parts[:3]) + ("/..." if len(parts) > 3 else "") if path.startswith("/admin") else "other"
    elif path.startswith("/admin") and not template.startswith("/admin"):
        template = "/admin" + template  # a page of the mounted console
    label = f"{scope.get('method', '')} {template}"
    if path == "/v1/pull" and _first_pull(scope.get("query_string") or b""):
        label += "?cursor=0"
    return label


def _first_pull(query: bytes) -> bool:
    pairs = dict(p.partition(b"=")[::2] for p in query.split(b"&") if p)
    return pairs.get(b"cursor", b"0") in (b"0", b"")


class _Dumper(threading.Thread):
    """Writes the process's figures to ``DIR/timings-<pid>.json`` twice a second, when they changed."""

    def __init__(self, timings: Timings, folder: Path) -> None:
        super().__init__(name="hub-timings", daemon=True)
        self.timings, self.path = timings, folder / f"timings-{os.getpid()}.json"

    def run(self) -> None:
        from workbench.core.atomic import write_atomic

        written = -1
        while True:
            time.sleep(0.5)
            if self.timings.changed != written:
                written = self.timings.changed
                write_atomic(self.path, json.dumps(self.timings.snapshot()).encode())


class TimingMiddleware:
    """Outermost ASGI layer: times every HTTP request and answers ``GET /_hub/timings`` to loopback."""

    def __init__(self, app, timings: Timings | None = None) -> None:
        self.app, self.timings = app, timings or Timings()
        self._dumper_started = False

    def _start_dumper(self) -> None:
        self._dumper_started = True
        folder = os.environ.get(DIR_ENV)
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            _Dumper(self.timings, Path(folder)).start()

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if not self._dumper_started:
            self._start_dumper()
        if scope["path"] == PATH:
            await self._answer(scope, send)
            return
        start = time.perf_counter()
        status = [500]

        async def timed_send(message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, timed_send)
        finally:
            self.timings.add(label_of(scope), status[0], (time.perf_counter() - start) * 1000)

    async def _answer(self, scope, send) -> None:
        client = (scope.get("client") or ("",))[0]
        if scope.get("method") == "GET" and client in LOOPBACK:
            status, body = 200, json.dumps(self.timings.snapshot()).encode()
        else:
            status, body = 404, json.dumps({"error": "No such endpoint (protocol v1 lives under /v1/)."}).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"cache-control", b"no-store")]})
        await send({"type": "http.response.body", "body": body, "more_body": False})
