"""One warm chart renderer for the whole test session (chromium starts in seconds)."""

from __future__ import annotations

import pytest

from dashboard.charts.renderer import shared_renderer, unavailable_reason


@pytest.fixture(scope="session")
def renderer():
    if reason := unavailable_reason():
        pytest.fail(reason)
    r = shared_renderer()  # the same one the CLI and the deck use in this process
    r.start()
    return r
