"""API latency with a bearer token (issue 15, role views) through a real `streamlit run
serve.py` with [auth] against a local oidc-provider-mock: anonymous vs a token whose claims
are cached (warm) vs a token the server has not seen (cold: one userinfo call to the provider).
Answers themselves come from the answer cache in every column, so the difference is the token
check and the role resolution. Run: .venv/bin/python bench/bench_api_roles.py [projects]"""

from __future__ import annotations

import logging
import shutil
import statistics
import sys
import tempfile
import time
import urllib.request
from datetime import date
from pathlib import Path

logging.disable(logging.WARNING)
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.e2e.conftest import auth_secrets
from tests.e2e.server import StreamlitServer, free_port
from tests.unit.api15.oidc import access_token, provider

ROUTES = ("/api/v1/kennzahlen", "/api/v1/projekte?revier=LR")
REPEAT = 15


def _fetch(url: str, token: str | None = None) -> float:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    started = time.perf_counter()
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=60) as r:
        r.read()
        assert r.status == 200
    return (time.perf_counter() - started) * 1000


def main() -> int:
    from dashboard.config import reference_dir
    from dashboard.demo.seed import init_database

    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    folder = Path(tempfile.mkdtemp())
    db = folder / "demo.duckdb"
    init_database(db, reference_dir(), demo=True, size=size, seed=42, as_of=date(2026, 11, 1))
    with provider({"lr-en@sas.example": ["fn-LR-EN"]}) as idp:
        port = free_port()
        secrets = auth_secrets(folder / "secrets.toml", port=port, oidc_url=idp)
        server = StreamlitServer(db, {"DASHBOARD_API_RATE": "100000"}, script=ROOT / "serve.py",
                                 port=port, extra_args=["--secrets.files", str(secrets)])
        try:
            warm_token = access_token(idp, "lr-en@sas.example")
            cold_tokens = [access_token(idp, "lr-en@sas.example") for _ in range(REPEAT)]
            print(f"{size} Projekte; Median von {REPEAT} Anfragen, ms")
            print(f"{'Route':<32}{'anonym':>9}{'Token warm':>12}{'Token kalt':>12}")
            for route in ROUTES:
                url = server.url + route
                _fetch(url), _fetch(url, warm_token)  # answers built and cached
                anonymous = statistics.median(_fetch(url) for _ in range(REPEAT))
                warm = statistics.median(_fetch(url, warm_token) for _ in range(REPEAT))
                cold = statistics.median(_fetch(url, t) for t in cold_tokens)
                cold_tokens = [access_token(idp, "lr-en@sas.example") for _ in range(REPEAT)]
                print(f"{route:<32}{anonymous:>9.1f}{warm:>12.1f}{cold:>12.1f}")
        finally:
            server.stop()
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
