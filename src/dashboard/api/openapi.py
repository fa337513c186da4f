"""The OpenAPI 3.0 description of the open-data API (served at /api/v1/openapi.json). The
filter parameters list the codes of the current reference data."""

from __future__ import annotations

import re
from typing import Any

from dashboard.access import Role
from dashboard.analytics.filtering import allowed_codes
from dashboard.domain.filters import URL_KEYS
from dashboard.domain.taxonomy import Taxonomy
from dashboard.texts import t

VERSION = "1.0.0"


def _nullable(kind: str, **extra: Any) -> dict[str, Any]:
    return {"type": kind, "nullable": True, **extra}


def _project_schema(taxonomy: Taxonomy) -> dict[str, Any]:
    text, date, eur = _nullable("string"), _nullable("string", format="date"), _nullable("number")
    marker = {"type": "integer", "minimum": 0, "maximum": 2}
    granted = [s.code for s in taxonomy.stages if s.kind == "positive_end"]
    props = {
        "projekt_id": {"type": "string"}, "titel": {"type": "string"}, "beschreibung": text,
        "traeger": text, "traegerart": text, "revier": {"type": "string"}, "land": text,
        "kreis": text, "gemeinde": text, "fachnetzwerk": text, "schwerpunkt": {"type": "string"},
        "mission": text, "weitere_missionen": {"type": "array", "items": {"type": "string"}},
        "pruefstufe": {"type": "string", "enum": granted},
        "status": {"type": "string",
                   "enum": ["aktiv", "zurueckgestellt", "abgelehnt", "zurueckgezogen"]},
        "programm": text, "gesamtkosten_eur": eur, "beantragt_eur": eur, "bewilligt_eur": eur,
        "arbeitsplaetze_geplant": _nullable("integer"), "beginn": date, "ende": date,
        "thema_fachkraefte": marker, "thema_kinder_jugendliche": marker,
        "thema_gleichstellung": marker, "thema_demografie": marker, "stand": date,
    }
    for name, schema in props.items():
        schema["description"] = t(f"api.field.{name}")
    return {"type": "object", "required": list(props), "properties": props,
            "additionalProperties": False, "description": t("api.schema.projekt")}


def _role_project_schema(public: dict[str, Any], taxonomy: Taxonomy) -> dict[str, Any]:
    """A project in a role's view: the public fields, every stage, and the contact field."""
    props = {**public["properties"],
             "pruefstufe": {"type": "string", "enum": [s.code for s in taxonomy.stages],
                            "description": t("api.field.pruefstufe_rolle")},
             "kontakt": _nullable("string", description=t("api.field.kontakt"))}
    return {**public, "properties": props, "required": list(props),
            "description": t("api.schema.projekt_rolle")}


def _view_schema() -> dict[str, Any]:
    networks = {"oneOf": [{"type": "string", "enum": ["*"]},
                          {"type": "array", "items": {"type": "string"}}]}
    return {"type": "object", "additionalProperties": False, "description": t("api.field.sicht"),
            "required": ["rolle", "fachnetzwerke", "kontakt_fachnetzwerke"],
            "properties": {"rolle": {"type": "string", "enum": [r.value for r in Role]},
                           "fachnetzwerke": networks, "kontakt_fachnetzwerke": networks}}


def _parameters(taxonomy: Taxonomy) -> list[dict[str, Any]]:
    codes = allowed_codes(taxonomy)
    params = []
    for field, key in URL_KEYS.items():
        if field.startswith("period_"):
            # empty = no restriction, as in the app's URLs
            schema = {"anyOf": [{"type": "string", "format": "date"},
                                {"type": "string", "enum": [""]}]}
            description = t(f"api.param.{key}")
        else:
            # one or more known codes, comma-separated (what Filters.parse accepts)
            one = "|".join(re.escape(c) for c in sorted(codes[field]))
            schema = {"type": "string", "pattern": f"^(({one})(,({one}))*)?$"}
            description = t("api.param.codes", what=t(f"api.param.{key}"),
                            codes=", ".join(sorted(codes[field])))
        params.append({"name": key, "in": "query", "required": False, "schema": schema,
                       "description": description})
    return params


def _responses(ok: dict[str, Any], *, with_parameters: bool = True) -> dict[str, Any]:
    error = {"application/json": {"schema": {"$ref": "#/components/schemas/Fehler"}}}
    out = {"200": {"description": t("api.resp.ok"), "content": ok,
                   "headers": {"ETag": {"schema": {"type": "string"}},
                               "Cache-Control": {"schema": {"type": "string"}}}},
           "304": {"description": t("api.resp.not_modified")},
           "429": {"description": t("api.resp.rate"), "content": error,
                   "headers": {"Retry-After": {"schema": {"type": "integer"}}}}}
    if with_parameters:
        out["400"] = {"description": t("api.resp.bad"), "content": error}
    out["401"] = {"description": t("api.resp.unauthorized"), "content": error,
                  "headers": {"WWW-Authenticate": {"schema": {"type": "string"}}}}
    out["403"] = {"description": t("api.resp.forbidden"), "content": error}
    out["503"] = {"description": t("api.resp.unavailable"), "content": error,
                  "headers": {"Retry-After": {"schema": {"type": "integer"}}}}
    return out


def document(taxonomy: Taxonomy) -> dict[str, Any]:
    """The OpenAPI document."""
    filters = _parameters(taxonomy)
    fmt = {"name": "format", "in": "query", "required": False, "description": t("api.param.format"),
           "schema": {"type": "string", "enum": ["json", "csv", ""], "default": "json"}}
    lang = {"name": "lang", "in": "query", "required": False, "description": t("api.param.lang"),
            "schema": {"type": "string", "enum": ["de", "en", ""], "default": "de"}}
    excluded = {"type": "array", "items": {"type": "string"},
                "description": t("api.field.ausgenommen")}
    selection = {"type": "object", "additionalProperties": {"type": "string"},
                 "description": t("api.field.filter")}
    kpi = {name: {"type": "integer", "minimum": 0} for name in
           ("projekte", "in_pruefung", "bewilligt", "ausgestiegen")}
    kpi |= {name: {"type": "number", "minimum": 0} for name in ("beantragt_eur", "bewilligt_eur")}
    for name, schema in kpi.items():
        schema["description"] = t(f"api.kpi.{name}")
    view = {"$ref": "#/components/schemas/Sicht"}
    project = _project_schema(taxonomy)
    schemas = {
        "Projekt": project,
        "ProjektRolle": _role_project_schema(project, taxonomy),
        "Sicht": _view_schema(),
        "Projektliste": {"type": "object", "additionalProperties": False,
                         "required": ["anzahl", "filter", "ausgenommene_fachnetzwerke", "projekte"],
                         "properties": {"sicht": view, "anzahl": {"type": "integer", "minimum": 0},
                                        "filter": selection, "ausgenommene_fachnetzwerke": excluded,
                                        "projekte": {"type": "array", "items": {"oneOf": [
                                            {"$ref": "#/components/schemas/Projekt"},
                                            {"$ref": "#/components/schemas/ProjektRolle"}]}}}},
        "Kennzahlen": {"type": "object", "additionalProperties": False,
                       "required": ["filter", "ausgenommene_fachnetzwerke", "kennzahlen"],
                       "properties": {"sicht": view, "filter": selection,
                                      "ausgenommene_fachnetzwerke": excluded,
                                      "kennzahlen": {"type": "object", "properties": kpi,
                                                     "required": list(kpi),
                                                     "additionalProperties": False}}},
        "Fehler": {"type": "object", "required": ["fehler"], "properties": {
            "fehler": {"type": "string"},
            "ungueltig": {"type": "array", "items": {
                "type": "object", "required": ["parameter", "wert", "meldung"],
                "properties": {k: {"type": "string"} for k in ("parameter", "wert", "meldung")}}}}},
    }

    def ref(name: str) -> dict[str, Any]:
        return {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}

    return {
        "openapi": "3.0.3",
        "info": {"title": t("api.title"), "version": VERSION, "description": t("api.description"),
                 "license": {"name": "EUPL-1.2",
                             "url": "https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12"}},
        "paths": {
            "/api/v1/projekte": {"get": {
                "operationId": "projekte", "summary": t("api.projekte.summary"),
                "description": t("api.projekte.description"), "parameters": [*filters, fmt, lang],
                "responses": _responses({**ref("Projektliste"),
                                         "text/csv": {"schema": {"type": "string"}}})}},
            "/api/v1/kennzahlen": {"get": {
                "operationId": "kennzahlen", "summary": t("api.kennzahlen.summary"),
                "description": t("api.kennzahlen.description"), "parameters": [*filters, lang],
                "responses": _responses(ref("Kennzahlen"))}},
            "/api/v1/openapi.json": {"get": {
                "operationId": "openapi", "summary": t("api.openapi.summary"),
                "parameters": [lang],
                "responses": _responses({"application/json": {"schema": {"type": "object"}}},
                                       with_parameters=False)}},
        },
        "security": [{}, {"bearer": []}],  # optional: without a token the public part
        "components": {"schemas": schemas, "securitySchemes": {"bearer": {
            "type": "http", "scheme": "bearer", "description": t("api.security.bearer")}}},
    }
