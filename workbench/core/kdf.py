"""Passphrase stretching with Argon2id (from ``cryptography``) and its calibration.

Decided parameters (DESIGN.md): a floor of m = 64 MiB, t = 3, p = 4, raised at vault creation
until one derivation takes 0.3-1 s on this machine, and stored in the key file so any later
machine derives the same key. The floor is never lowered, not even for tests.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, replace

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .i18n import translate

FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
FLOOR_LANES = 4
TARGET_SECONDS = (0.3, 1.0)
MAX_ITERATIONS = 64


@dataclass(frozen=True)
class Argon2Params:
    salt: bytes
    memory_kib: int = FLOOR_MEMORY_KIB
    iterations: int = FLOOR_ITERATIONS
    lanes: int = FLOOR_LANES

    def check_floor(self) -> None:
        if (self.memory_kib < FLOOR_MEMORY_KIB or self.iterations < FLOOR_ITERATIONS
                or self.lanes < FLOOR_LANES or len(self.salt) < 16):
            raise ValueError(translate("vault", "Argon2id parameters below the floor (m=64 MiB, t=3, p=4, "
                                                "16-byte salt)"))

    def as_dict(self) -> dict:
        return {"name": "argon2id", "memory_kib": self.memory_kib, "iterations": self.iterations,
                "lanes": self.lanes}


def argon2id(secret: bytes, params: Argon2Params, length: int = 32) -> bytes:
    params.check_floor()
    kdf = Argon2id(salt=params.salt, length=length, iterations=params.iterations,
                   lanes=params.lanes, memory_cost=params.memory_kib)
    return kdf.derive(secret)


def hkdf(ikm: bytes, *, salt: bytes | None, info: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)


def new_params(calibrate: bool = True) -> tuple[Argon2Params, float]:
    """Fresh salt and parameters; with ``calibrate`` the iterations grow until one run takes 0.3 s.

    Returns the parameters and the duration of the last trial derivation (seconds).
    """
    params = Argon2Params(salt=os.urandom(16))
    elapsed = _time_once(params)
    if not calibrate:
        return params, elapsed
    low, high = TARGET_SECONDS
    while elapsed < low and params.iterations < MAX_ITERATIONS:
        # time scales linearly with t; aim for the middle of the lower half of the window
        wanted = max(params.iterations + 1, int(params.iterations * (low * 1.3) / max(elapsed, 1e-3)))
        params = replace(params, iterations=min(wanted, MAX_ITERATIONS))
        elapsed = _time_once(params)
        if elapsed > high and params.iterations > FLOOR_ITERATIONS:
            params = replace(params, iterations=max(FLOOR_ITERATIONS, params.iterations - 1))
            elapsed = _time_once(params)
            break
    return params, elapsed


def _time_once(params: Argon2Params) -> float:
    start = time.perf_counter()
    argon2id(b"calibration", params)
    return time.perf_counter() - start
