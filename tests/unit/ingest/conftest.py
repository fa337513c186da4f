"""Corpus files (built once per session) and the reference data."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.config import reference_dir
from dashboard.domain.taxonomy import Taxonomy, read_reference_dir
from tests.unit.ingest.corpus import build


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    return read_reference_dir(reference_dir())


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build(tmp_path_factory.mktemp("ingest_corpus"))
