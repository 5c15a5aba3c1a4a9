"""The hub's request timing (``workbench/hub/timing.py``): per route, loopback only, no client data.

The load benchmark reads these figures; here the real hub answers them to a client on the same
host, refuses them to a client the reverse proxy forwards (``X-Forwarded-For``), counts a
device's first pull apart from its later pulls, and names routes by their template, never by a
hash or an id a request carried.
"""

from __future__ import annotations

import httpx
import pytest

from workbench.hub import timing

from .support import create

ANA = "ana@firm.example"
SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@SQLITE
def test_timings_are_per_route_and_carry_no_request_data(hub):
    hub.attorney(ANA)
    device = hub.device(ANA)
    client = create("clients", family_name="Doe", given_name="Ana")
    assert device.push(client).status_code == 200
    cursor = device.pull().json()["cursor"]
    for _ in range(3):
        assert device.pull(cursor).status_code == 200
    sha = "ab" * 32
    assert device.request("GET", f"/v1/blobs/{sha}").status_code == 404

    r = httpx.get(f"{hub.url}{timing.PATH}")
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    figures = r.json()
    routes = figures["routes"]
    assert sum(routes["GET /v1/pull?cursor=0"]["counts"]) == 1
    assert sum(routes["GET /v1/pull"]["counts"]) == 3
    assert routes["POST /v1/push"]["statuses"] == {"2xx": 1}
    assert routes["GET /v1/blobs/{sha256}"]["statuses"] == {"4xx": 1}
    assert sha not in r.text and client["entity_id"] not in r.text and device.id not in r.text
    summary = timing.summary(routes)["GET /v1/pull"]
    assert summary["count"] == 3 and 0 < summary["p50_ms"] <= summary["p99_ms"]


@SQLITE
def test_timings_are_refused_to_a_client_behind_the_proxy(hub):
    forwarded = httpx.get(f"{hub.url}{timing.PATH}", headers={"X-Forwarded-For": "203.0.113.9"})
    assert forwarded.status_code == 404 and "pid" not in forwarded.text
    assert httpx.post(f"{hub.url}{timing.PATH}").status_code == 404


def test_percentiles_from_a_histogram_are_within_a_bucket():
    t = timing.Timings()
    for ms in [1.0] * 98 + [50.0, 200.0]:
        t.add("GET /x", 200, ms)
    counts = t.snapshot()["routes"]["GET /x"]["counts"]
    assert 1.0 <= timing.percentile(counts, 0.5) <= 1.05
    assert 50.0 <= timing.percentile(counts, 0.99) <= 52.5
    assert timing.percentile([0] * len(counts), 0.5) is None
