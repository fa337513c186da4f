"""User text is never markup: every text that Streamlit renders as Markdown (titles, headers,
captions, sentences, alerts, table cells in markdown) and that can hold user or reference text
goes through `md()` first. Invisible and direction-changing characters are removed (a title
with U+202E shows reversed text; zero-width characters hide words), every Markdown, HTML, LaTeX,
emoji-shortcode and colour-directive character is escaped, and line breaks become spaces."""

from __future__ import annotations

import re

# bidi embeddings/overrides/isolates, zero-width and soft-hyphen characters, BOM
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
                       "\ufeff]")
_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|<>~$:=^&\"'"})


def plain(text: object) -> str:
    """The text without invisible or direction-changing characters, on one line."""
    return " ".join(INVISIBLE.sub("", str(text)).split())


def md(text: object) -> str:
    """Text safe to hand to st.markdown / st.title / st.subheader / alerts: shown literally."""
    return plain(text).translate(_SPECIAL)
