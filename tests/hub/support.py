"""A test device: enrolls with a code, then speaks signed HTTP to a real hub (protocol v1)."""

from __future__ import annotations

import base64
import json
import uuid

import httpx

from workbench.core.sync.bundle_format import new_device_keys
from workbench.core.ids import new_id
from workbench.core.sync.auth import sign_headers


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


class Device:
    def __init__(self, url: str) -> None:
        self.url = url
        self.sign, self.kx = new_device_keys()
        self.http = httpx.Client(base_url=url, timeout=30)
        self.id: str | None = None
        self.info: dict = {}

    def enroll(self, code: str, name: str = "laptop") -> httpx.Response:
        r = self.http.post("/v1/enroll", json={"code": code, "device_name": name,
                                               "sign_key": b64(self.sign.public_key().public_bytes_raw()),
                                               "kx_key": b64(self.kx.public_key().public_bytes_raw())})
        if r.status_code == 200:
            self.info = r.json()
            self.id = self.info["device_id"]
        return r

    def request(self, method: str, path: str, payload=None, *, content: bytes | None = None, params=None,
                headers: dict | None = None, device_id: str | None = None, key=None) -> httpx.Response:
        body = content if content is not None else (b"" if payload is None else json.dumps(payload).encode())
        req = self.http.build_request(method, path, content=body or None, params=params,
                                      headers={"Content-Type": "application/json", **(headers or {})})
        target = req.url.raw_path.decode("ascii")
        req.headers.update(sign_headers(device_id or self.id or str(uuid.uuid4()), key or self.sign, method,
                                        target, body))
        return self.http.send(req)

    def push(self, *mutations: dict) -> httpx.Response:
        return self.request("POST", "/v1/push", {"mutations": list(mutations)})

    def post_bundle(self, data: bytes, **kwargs) -> httpx.Response:
        """``POST /v1/bundles``, signed like every request (the hub authenticates before reading)."""
        return self.request("POST", "/v1/bundles", content=data, headers={"Content-Type": "application/octet-stream"},
                            **kwargs)

    def pull(self, cursor: int = 0, limit: int = 500) -> httpx.Response:
        return self.request("GET", "/v1/pull", params={"cursor": cursor, "limit": limit})

    def pull_all(self, cursor: int = 0, limit: int = 500, max_rounds: int = 1000) -> tuple[dict, int]:
        """Every record state after ``cursor`` (last state wins), and the final cursor."""
        state: dict[str, dict] = {}
        for _ in range(max_rounds):
            answer = self.pull(cursor, limit).json()
            for change in answer["changes"]:
                state[change["entity_id"]] = change
            cursor = answer["cursor"]
            if not answer["more"]:
                return state, cursor
        raise AssertionError("pull did not finish")

    def close(self) -> None:
        self.http.close()


def mutation(entity: str, entity_id: str, op: str = "update", base_version: int | None = None, **fields) -> dict:
    """A mutation; each keyword is ``field=(old, new)``."""
    return {"mutation_id": new_id(), "entity": entity, "entity_id": entity_id, "op": op,
            "changes": {k: list(v) for k, v in fields.items()}, "base_version": base_version}


def create(entity: str, entity_id: str | None = None, **values) -> dict:
    entity_id = entity_id or new_id()
    return mutation(entity, entity_id, "create", id=(None, entity_id), **{k: (None, v) for k, v in values.items()})
