"""The read-only open-data routes (Starlette), served by the app's own process (st.App in
serve.py) on the app's own database connection: `database` and `taxonomy` are the app's
providers (ui/resources.py), so the API never opens the file a second time."""

from __future__ import annotations

import json
from collections.abc import Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from dashboard import config
from dashboard.api import public
from dashboard.api.access import NOBODY, Authenticator, Refused, actor_from_request
from dashboard.api.cache import Answer, AnswerCache, answer
from dashboard.api.client import Proxies, client_key
from dashboard.api.openapi import document
from dashboard.api.params import (
    LANG_KEY,
    PARAMETERS,
    Invalid,
    parse_filters,
    parse_format,
    parse_language,
    parse_names,
)
from dashboard.api.ratelimit import RateLimiter
from dashboard.api.views import PUBLIC, ApiView, view_for
from dashboard.domain.taxonomy import Taxonomy
from dashboard.export.tables import to_csv_bytes
from dashboard.i18n import language, using
from dashboard.store.gateway import Database
from dashboard.texts import t

PREFIX = "/api/v1"
CACHE_CONTROL = "public, max-age=60, must-revalidate"
PRIVATE = "private, no-store"  # a role's answer: never kept by a shared cache
JSON_TYPE = "application/json; charset=utf-8"


def _send(request: Request, found: Answer, view: ApiView = PUBLIC) -> Response:
    """The answer with its ETag and cache headers; 304 when the caller already has it."""
    common = {"ETag": found.etag, "Cache-Control": CACHE_CONTROL if view.public else PRIVATE,
              "Vary": "Authorization",
              "X-Content-Type-Options": "nosniff", **dict(found.headers)}
    wanted = {tag.strip().removeprefix("W/") for tag in
              request.headers.get("if-none-match", "").split(",")}
    if found.etag in wanted or "*" in wanted:
        return Response(status_code=304, headers=common)
    return Response(found.body, media_type=found.media_type, headers=common)


def _error(status: int, message: str, invalid: list[Invalid] | None = None,
           **headers: str) -> JSONResponse:
    content: dict = {"fehler": message}
    if invalid is not None:
        content["ungueltig"] = [i.to_json() for i in invalid]
    return JSONResponse(content, status_code=status, headers=headers,
                        media_type=JSON_TYPE)


def _json(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _excluded(db: Database, view: ApiView) -> list[str]:
    """The networks whose projects the view leaves out (a role's view leaves out none)."""
    return public.opted_out(db)["network_code"].tolist() if view.without_opted_out else []


def _head(view: ApiView, **fields: object) -> dict:
    """The answer's fields, with the role's `sicht` first when it is a role's answer."""
    seen = view.describe()
    return {"sicht": seen, **fields} if seen is not None else fields


def routes(database: Callable[[], Database], taxonomy: Callable[[], Taxonomy], *,
           rate_per_minute: int, authenticator: Callable[[], Authenticator] = lambda: NOBODY,
           trusted_proxies: Proxies | None = None, server_trusts: Proxies | None = None
           ) -> list[Route]:
    """The API routes; each call of this function has its own rate limiter. `authenticator`
    gives the callers' token check (default: login not configured, public only); the proxies
    default to the settings (config.trusted_proxies, config.server_forwarded_trust)."""
    limiter = RateLimiter(rate_per_minute)
    trusted = (trusted_proxies if trusted_proxies is not None
               else Proxies.parse(config.trusted_proxies()))
    server = (server_trusts if server_trusts is not None
              else Proxies.parse(config.server_forwarded_trust(), setting="FORWARDED_ALLOW_IPS"))
    answers = AnswerCache()

    def guarded(handler: Callable[[Request], Response], allowed: tuple[str, ...]
                ) -> Callable[[Request], Response]:
        def endpoint(request: Request) -> Response:
            chosen = request.query_params.getlist(LANG_KEY)
            # a repeated lang is refused below, in the default language
            language, bad = parse_language(chosen if len(chosen) == 1 else [])
            with using(language):
                # every route refuses the same way: unknown or repeated names, a bad language
                invalid = bad + parse_names(request.query_params.multi_items(), allowed)
                if invalid:
                    return _error(400, t("api.bad_request"), invalid)
                return answer_in_language(request)

        def answer_in_language(request: Request) -> Response:
            client = client_key(request.client.host if request.client else None,
                                request.headers.getlist("x-forwarded-for"), trusted, server)
            wait = limiter.check(client)
            if wait:
                seconds = max(1, int(wait + 0.999))
                return _error(429, t("api.rate_limited", n=rate_per_minute, s=seconds),
                              **{"Retry-After": str(seconds)})
            try:
                actor = actor_from_request(request.headers, authenticator())
            except Refused as refused:
                return _error(refused.status, refused.message,
                              **{"Cache-Control": "no-store", **refused.headers})
            request.state.view = PUBLIC if actor is None else view_for(actor, taxonomy())
            return handler(request)
        endpoint.__name__ = handler.__name__
        return endpoint

    def selection(request: Request):
        filters, invalid = parse_filters(request.query_params.getlist, taxonomy())
        return filters, invalid

    def projekte(request: Request) -> Response:
        filters, invalid = selection(request)
        fmt, bad_format = parse_format(request.query_params.getlist("format"))
        if invalid or bad_format:
            return _error(400, t("api.bad_request"), invalid + bad_format)
        db, view = database(), request.state.view
        # a CSV is written in the reader's number format
        key = ("projekte", filters.model_dump_json(), fmt, fmt == "csv" and language(),
               db.data_version, view.key)
        if found := answers.get(key):
            return _send(request, found, view)
        excluded = _excluded(db, view)
        if fmt == "csv":
            df = public.projects(db, filters, view)
            df["weitere_missionen"] = [", ".join(v) for v in df["weitere_missionen"]]
            made = answer(to_csv_bytes(df), "text/csv; charset=utf-8",
                          **{"Content-Disposition": 'attachment; filename="projekte.csv"'})
        else:
            count, items = public.projects_json(db, filters, view)
            head = _json(_head(view, anzahl=count, filter=filters.to_query_params(),
                               ausgenommene_fachnetzwerke=excluded))
            made = answer(b"".join((head[:-1], b',"projekte":', items.encode("utf-8"), b"}")),
                          JSON_TYPE)
        return _send(request, answers.put(key, made), view)

    def kennzahlen(request: Request) -> Response:
        filters, invalid = selection(request)
        if invalid:
            return _error(400, t("api.bad_request"), invalid)
        db, view = database(), request.state.view
        key = ("kennzahlen", filters.model_dump_json(), db.data_version, view.key)
        if found := answers.get(key):
            return _send(request, found, view)
        body = _head(view, filter=filters.to_query_params(),
                     ausgenommene_fachnetzwerke=_excluded(db, view),
                     kennzahlen=public.kennzahlen(db, filters, view))
        return _send(request, answers.put(key, answer(_json(body), JSON_TYPE)), view)

    def openapi(request: Request) -> Response:
        return _send(request, answer(_json(document(taxonomy())), JSON_TYPE), request.state.view)

    return [Route(f"{PREFIX}/{name}", guarded(handler, PARAMETERS[name]), methods=["GET"])
            for name, handler in (("projekte", projekte), ("kennzahlen", kennzahlen),
                                  ("openapi.json", openapi))]
