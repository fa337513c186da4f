"""Who is calling the API. Only the public part exists so far: every caller is anonymous.

Roles (issue 12) are built elsewhere; after the merge this is the one place that turns a bearer
token of the identity provider into an actor whose role view the routes then serve."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def actor_from_request(headers: Mapping[str, str]) -> Any | None:
    """The authenticated actor of a request, or None = public (no or unknown credentials).

    A request with an `Authorization` header is still answered with the public data: a token
    is never trusted before it is verified against the identity provider."""
    return None
