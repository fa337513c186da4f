"""The import's sentences: German in ingest_de (the data contract's language, and what the
command line and the app's socket get), English in ingest_en, with the same keys and
{placeholders}. Two files because each is long; one area of dashboard.texts."""

from __future__ import annotations

from dashboard.texts.ingest_de import DE
from dashboard.texts.ingest_en import EN

__all__ = ["DE", "EN"]
