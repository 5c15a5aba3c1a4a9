"""Request and answer shapes of protocol v1, as pydantic models: they validate input and feed
the OpenAPI document the hub serves at ``/v1/openapi.json``."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class EnrollRequest(BaseModel):
    code: str = Field(max_length=64)
    device_name: str = Field(max_length=200)
    sign_key: str = Field(max_length=64, description="base64 Ed25519 public key")
    kx_key: str = Field(max_length=64, description="base64 X25519 public key")


class EnrollAnswer(BaseModel):
    device_id: str
    attorney_id: str
    attorney_email: str
    organization_id: str
    organization_name: str
    hub_sign_key: str
    hub_kx_key: str


class Mutation(BaseModel):
    mutation_id: str = Field(max_length=64)
    entity: str = Field(max_length=40)
    entity_id: str = Field(max_length=36)
    op: Literal["create", "update", "delete", "purge"]
    changes: dict[str, Any] = Field(default_factory=dict, description="field -> [old, new]")
    base_version: int | None = None


class PushRequest(BaseModel):
    mutations: list[Mutation]


class FieldConflict(BaseModel):
    conflict_id: str
    field: str
    hub_value: Any
    device_value: Any


class MutationResult(BaseModel):
    mutation_id: str
    status: Literal["applied", "conflict", "rejected"]
    server_version: int | None
    conflicts: list[FieldConflict] = []
    reason: str | None = None
    needs_file: str | None = Field(None, description="documents: the hub needs this file's bytes from this "
                                                     "device (upload it) before the matter may read it")


class PushAnswer(BaseModel):
    results: list[MutationResult]


class Change(BaseModel):
    seq: int
    entity: str
    entity_id: str
    server_version: int
    deleted: bool
    data: dict[str, Any]


class PullAnswer(BaseModel):
    changes: list[Change]
    cursor: int
    more: bool


class OpenConflict(BaseModel):
    conflict_id: str
    entity: str
    entity_id: str
    field: str
    hub_value: Any
    device_value: Any
    device_id: str
    created_at: str | None


class ConflictList(BaseModel):
    conflicts: list[OpenConflict]


class ResolveRequest(BaseModel):
    value: Any = Field(description="the chosen or edited value (JSON)")


class ResolveAnswer(BaseModel):
    conflict_id: str
    entity: str
    entity_id: str
    field: str
    value: Any
    server_version: int


class BlobStatus(BaseModel):
    size: int
    chunk_size: int
    complete: bool
    have: list[int]


class ErrorAnswer(BaseModel):
    error: str


class PublishedFormMapEntry(BaseModel):
    seq: int
    form_id: str
    edition: str
    version: int
    sha256: str
    published_at: str | None


class PublishedFormMapList(BaseModel):
    maps: list[PublishedFormMapEntry]
    latest: int = Field(description="the last seq listed (or the one asked for): ask again with since=latest")
    more: bool
