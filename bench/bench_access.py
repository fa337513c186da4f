"""What roles cost a page run: resolving the actor (claims -> role, else the user table in the
database) and the policy checks of a run (every page of the menu, the contact field of a
100-row table). Target: ≤ 5 ms per run (issue 12).

Run: .venv/bin/python bench/bench_access.py
A page run resolves the actor once per session and data version (ui/auth.py caches it), so
"cold" is the first run after a login or a write, "warm" every other run.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dashboard.access import ALL, Actor, Role, may
from dashboard.access.personal import redact
from dashboard.access.resolve import AccessConfig, network_aliases, resolve
from dashboard.access.users import lookup, save_user
from dashboard.config import reference_dir
from dashboard.demo.seed import init_database
from dashboard.store.gateway import Database
from dashboard.store.reference import read_taxonomy
from dashboard.ui.navigation import PAGES

SECTION = {"groups_claim": "groups", "groups": {"sw-admin": "administration",
                                                "sw-leitung": "leitung",
                                                **{f"g{i}": "moderation" for i in range(200)}}}


def timed(func, repeat: int = 300) -> float:
    """Median milliseconds of `func()`."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.duckdb"
        init_database(path, reference_dir(), demo=True, size=1000, match=False)
        with Database.open_existing(path) as db:
            taxonomy = read_taxonomy(db)
            codes = [n.code for n in taxonomy.networks]
            admin = Actor("admin@x", Role.ADMINISTRATION, ALL, "oidc")
            for i in range(1000):  # a big user table
                save_user(db, admin, f"user{i}@sas.example", "netzwerkmanagement",
                          [codes[i % len(codes)]], codes)
            config = AccessConfig.from_mapping(SECTION)
            aliases = network_aliases(taxonomy.networks)
            by_claim = {"sub": "1", "email": "a@x", "groups": [*(f"x{i}" for i in range(30)),
                                                               "fn-LR-F4", "sw-leitung"]}
            by_table = {"sub": "2", "email": "user500@sas.example", "groups": ["unbekannt"]}
            frame = db.query("SELECT * FROM project LIMIT 100").df
            manager = resolve(by_table, config, aliases, lambda e: lookup(db, e))

            def checks(actor):
                for spec in PAGES:
                    may(actor, spec.action)
                redact(frame, actor, taxonomy)

            rows = [
                ("parse [access] (200 groups)", timed(lambda: AccessConfig.from_mapping(SECTION))),
                ("aliases of the networks", timed(lambda: network_aliases(taxonomy.networks))),
                ("resolve from claims (32 groups)",
                 timed(lambda: resolve(by_claim, config, aliases, lambda e: None))),
                ("resolve from the table (1.000 users)",
                 timed(lambda: resolve(by_table, config, aliases, lambda e: lookup(db, e)))),
                ("checks of a run: menu + contacts of 100 rows (manager)",
                 timed(lambda: checks(manager))),
                ("checks of a run (administration)", timed(lambda: checks(admin))),
            ]
            cold = rows[0][1] + rows[1][1] + rows[3][1] + rows[4][1]
            warm = rows[4][1]
    print(f"{'what':<58} {'median ms':>10}")
    for label, ms in rows:
        print(f"{label:<58} {ms:>10.3f}")
    print(f"{'a cold run (config + aliases + table + checks)':<58} {cold:>10.3f}")
    print(f"{'a warm run (actor cached: checks only)':<58} {warm:>10.3f}")
    print(f"target ≤ 5 ms per run: {'erfüllt' if cold <= 5 else 'VERFEHLT'}")


if __name__ == "__main__":
    main()
