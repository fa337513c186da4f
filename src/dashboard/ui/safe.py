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


# Streamlit's Markdown links bare addresses after parsing (GFM autolink literals: http://…,
# www.…, a@b.de), escapes do not stop that; an invisible word joiner inside the pattern does.
_AUTOLINK = re.compile(r"(?i)(?<=://)|(?<=\bwww)(?=\.)|(?<=@)")
WORD_JOINER = "\u2060"


def md(text: object) -> str:
    """Text safe to hand to st.markdown / st.title / st.subheader / alerts: shown literally."""
    return _AUTOLINK.sub(WORD_JOINER, plain(text)).translate(_SPECIAL)


# a unit stays on its number's line: a headline must not wrap to "… Regionen 10" / "%"
NO_BREAK = "\u00a0"


def md_heading(text: object) -> str:
    """md(text) for a headline, with "%" and "€" bound to the word before them."""
    return md(text).replace(" %", NO_BREAK + "%").replace(" €", NO_BREAK + "€")


def md_frame(df):
    """A table for st.table (which renders its cells and headers as Markdown): every cell and
    column name as literal text; empty cells stay empty."""
    import pandas as pd

    def cell(v: object) -> str:
        return "" if v is None or (pd.api.types.is_scalar(v) and pd.isna(v)) else md(v)

    return pd.DataFrame({md(c): [cell(v) for v in df[c]] for c in df.columns}, index=df.index)
