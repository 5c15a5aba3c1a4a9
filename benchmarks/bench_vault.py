"""Vault benchmarks: open, bulk insert, first page of the matters list, name filter.

Every figure is printed beside the same operation on raw ``sqlcipher3`` against a database
with the same schema (created by the same migrations), measured in the same run. Targets
(issue 2, on the 2-core reference machine): open <= 50 ms excluding the KDF; KDF 0.3-1 s;
first page <= 20 ms; filter <= 30 ms; ORM within 2x of raw.
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import sqlcipher3
from sqlalchemy import text

from workbench.core.vault.bulk import insert_rows
from workbench.core.queries.matter_list import list_matters
from workbench.core.model import Client, Event, Matter, Note
from workbench.core.vault.store import Vault

PASSPHRASE = "benchmark passphrase, not secret"
N_MATTERS, N_EVENTS, N_NOTES = 10_000, 50_000, 50_000
FAMILY = ["Smith", "Garcia", "Nguyen", "Okafor", "Haddad", "Kowalski", "Mendoza", "Baptiste", "Chen", "Ali",
          "Rodriguez", "Ivanova", "Mensah", "Silva", "Khan", "Lopez"]
GIVEN = ["Ana", "Jean", "Li", "Chidi", "Omar", "Maria", "Jose", "Fatima", "Ivan", "Rosa", "Amadou", "Sara"]
KINDS = ["affirmative_asylum", "defensive_asylum", "u_visa", "vawa_self_petition", "sijs", "bond"]


def _median_ms(fn, repeat: int = 9) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(samples), 2)


def _dataset(seed: int = 7):
    rng = random.Random(seed)
    from workbench.core.ids import new_id

    clients, matters, events, notes = [], [], [], []
    for i in range(N_MATTERS):
        cid, mid = new_id(), new_id()
        clients.append({"id": cid, "family_name": f"{rng.choice(FAMILY)}{i}", "given_name": rng.choice(GIVEN),
                        "a_number": f"{rng.randrange(10**8, 10**9):09d}", "other_names": [], "languages": [],
                        "interpreter_needed": False, "custody_status": "not_detained"})
        matters.append({"id": mid, "client_id": cid, "kind": rng.choice(KINDS), "stage": "intake",
                        "matter_number": f"M-{i:05d}", "court_location": rng.choice(["Chicago", "Broadview"]),
                        "attorneys": [], "detained_docket": False})
    for _ in range(N_EVENTS):
        events.append({"matter_id": rng.choice(matters)["id"], "kind": "hearing", "title": "Hearing",
                       "on_date": date(2026, 1, 1) + timedelta(days=rng.randrange(900))})
    for _ in range(N_NOTES):
        notes.append({"matter_id": rng.choice(matters)["id"], "body": "Note text " * rng.randrange(5, 40)})
    return clients, matters, events, notes


def _raw_value(v):
    if isinstance(v, (list, dict)):
        return json.dumps(v)
    if isinstance(v, date):
        return v.isoformat()
    return v


def _raw_connect(db: Path, key: bytes):
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in ("PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA temp_store = MEMORY",
                   "PRAGMA foreign_keys = ON"):
        conn.execute(pragma).fetchall()
    return conn


def _raw_insert(conn, clients, matters, events, notes) -> None:
    from workbench.core.ids import new_id
    from workbench.core.model import utcnow

    now = utcnow().isoformat(timespec="microseconds")
    conn.execute("BEGIN")
    for table, rows in (("clients", clients), ("matters", matters), ("events", events), ("notes", notes)):
        cols = list(rows[0]) + ["created_at", "updated_at", "row_version"] + ([] if "id" in rows[0] else ["id"])
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        conn.executemany(sql, ([*map(_raw_value, r.values()), now, now, 1] + ([] if "id" in r else [new_id()])
                               for r in rows))
    conn.execute("COMMIT")


RAW_PAGE = """SELECT m.id FROM matters m JOIN clients c ON c.id = m.client_id
 WHERE m.deleted_at IS NULL AND c.deleted_at IS NULL {where}
 ORDER BY c.family_name, c.given_name, m.id LIMIT 100"""


def _raw_list(conn, word: str | None) -> list:
    where, params = "", []
    if word:
        where = ("AND (lower(c.family_name) LIKE lower(?) OR lower(c.given_name) LIKE lower(?) "
                 "OR lower(m.matter_number) LIKE lower(?) OR lower(m.court_location) LIKE lower(?))")
        params = [f"%{word}%"] * 4
    ids = [r[0] for r in conn.execute(RAW_PAGE.format(where=where), params)]
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT m.id, c.family_name, c.given_name, c.a_number, m.matter_number, m.kind, m.stage, "
                        f"m.court_location FROM matters m JOIN clients c ON c.id = m.client_id "
                        f"WHERE m.id IN ({marks})", ids).fetchall()
    today = date.today().isoformat()
    conn.execute(f"SELECT matter_id, on_date, title FROM events WHERE matter_id IN ({marks}) AND on_date >= ? "
                 f"AND deleted_at IS NULL ORDER BY on_date", [*ids, today]).fetchall()
    conn.execute(f"SELECT matter_id, due_on, title FROM deadlines WHERE matter_id IN ({marks}) AND status = 'open' "
                 f"AND deleted_at IS NULL ORDER BY due_on", ids).fetchall()
    return rows


def run() -> dict:
    out: dict = {"dataset": {"matters": N_MATTERS, "clients": N_MATTERS, "events": N_EVENTS, "notes": N_NOTES}}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        vault, _ = Vault.create(tmp / "orm", PASSPHRASE, store=None, calibrate=True)
        raw_vault, _ = Vault.create(tmp / "raw", PASSPHRASE, store=None, calibrate=False)
        raw_key, raw_db = raw_vault._key(), raw_vault.db_path
        raw_vault.close()
        clients, matters, events, notes = _dataset()

        # -- bulk insert ------------------------------------------------------------------------
        start = time.perf_counter()
        with vault.session() as s:
            insert_rows(s, Client, clients)
            insert_rows(s, Matter, matters)
            insert_rows(s, Event, events)
            insert_rows(s, Note, notes)
        orm_insert = (time.perf_counter() - start) * 1000
        conn = _raw_connect(raw_db, raw_key)
        start = time.perf_counter()
        _raw_insert(conn, clients, matters, events, notes)
        raw_insert = (time.perf_counter() - start) * 1000
        out["insert_10k_matters_100k_events_notes_ms"] = {"orm": round(orm_insert, 1), "raw_sqlcipher3": round(raw_insert, 1),
                                                          "ratio": round(orm_insert / raw_insert, 2), "target_ratio": 2.0}

        # -- first page and filter -------------------------------------------------------------
        def orm_page(word=None):
            with vault.session() as s:
                return list_matters(s, word, limit=100)

        assert len(orm_page()) == 100 and len(_raw_list(conn, None)) == 100
        out["first_page_ms"] = {"orm": _median_ms(orm_page), "raw_sqlcipher3": _median_ms(lambda: _raw_list(conn, None)),
                                "target_ms": 20}
        out["first_page_ms"]["ratio"] = round(out["first_page_ms"]["orm"] / out["first_page_ms"]["raw_sqlcipher3"], 2)
        word = "okafor"
        assert len(orm_page(word)) == len(_raw_list(conn, word))
        out["name_filter_ms"] = {"orm": _median_ms(lambda: orm_page(word)),
                                 "raw_sqlcipher3": _median_ms(lambda: _raw_list(conn, word)), "target_ms": 30}
        out["name_filter_ms"]["ratio"] = round(out["name_filter_ms"]["orm"] / out["name_filter_ms"]["raw_sqlcipher3"], 2)
        conn.close()

        # -- open ------------------------------------------------------------------------------
        folder, key, keyfile = vault.folder, vault._key(), vault.keyfile
        vault.close()

        def open_without_kdf():
            v = Vault._opened(folder, keyfile, key, None, auto_backup=False)
            with v.session() as s:
                s.execute(text("SELECT count(*) FROM matters")).scalar_one()
            v.close()

        def raw_open():
            c = _raw_connect(folder / "vault.db", key)
            c.execute("SELECT count(*) FROM matters").fetchone()
            c.close()

        out["open_excluding_kdf_ms"] = {"orm": _median_ms(open_without_kdf), "raw_sqlcipher3": _median_ms(raw_open),
                                        "target_ms": 50}

        def open_with_kdf():
            Vault.open(folder, PASSPHRASE, store=None, auto_backup=False).close()

        def raw_pbkdf2_open():  # SQLCipher 4's own passphrase KDF (PBKDF2-HMAC-SHA512, 256,000 iterations)
            c = sqlcipher3.connect(str(tmp / "pbkdf2.db"))
            c.execute("PRAGMA key = 'benchmark passphrase'")
            c.execute("CREATE TABLE IF NOT EXISTS t (x)")
            c.close()

        out["open_including_kdf_ms"] = {"orm": _median_ms(open_with_kdf, 3),
                                        "raw_sqlcipher3_pbkdf2_256k": _median_ms(raw_pbkdf2_open, 3),
                                        "argon2id": keyfile.params.as_dict(), "target_kdf_ms": [300, 1000]}
    return out


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
