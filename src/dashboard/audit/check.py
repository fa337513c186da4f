"""The whole check: the chain intact, and every head noted outside the database (or the one a
person gives) still reached, so a log cut short at its end is found too."""

from __future__ import annotations

from dataclasses import dataclass, field

from dashboard.audit.head import Head, Noted, current, found_outside, heads_file
from dashboard.audit.log import Broken, chain
from dashboard.store.gateway import Database
from dashboard.texts import t


@dataclass(frozen=True)
class Verdict:
    entries: int
    head: Head | None                  # the newest entry now
    broken: Broken | None              # the first entry the chain breaks at
    against: Noted | None              # the newest noted head checked
    problems: list[str] = field(default_factory=list)   # noted heads the log no longer reaches
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.broken is None and not self.problems


def reaches(hashes: dict[int, str], noted: Noted) -> str | None:
    """None when the log still has the noted entry with the noted hash, else why not."""
    head = noted.head
    if head.seq == 0:
        return None
    if head.seq not in hashes:
        return t("audit.missing", n=head.seq, m=len(hashes), source=noted.source)
    if not head.matches(hashes[head.seq]):
        return t("audit.rewritten", n=head.seq, head=str(head), source=noted.source)
    return None


def check(db: Database, given: Head | None = None) -> Verdict:
    """Check the chain and the given head, or else every head found outside the database."""
    entries, broken, hashes = chain(db)
    if given is not None:
        noted, warnings = [Noted(given, t("audit.given"))], []
    else:
        noted, warnings = found_outside(db.path)
        if not noted:
            warnings.append(t("audit.no_head", file=heads_file(db.path)))
    unique = {n.head: n for n in reversed(noted)}  # the same head noted twice: its first place
    newest_first = sorted(unique.values(), key=lambda n: n.head.seq, reverse=True)
    problems = list(dict.fromkeys(p for n in newest_first if (p := reaches(hashes, n))))
    return Verdict(entries, current(db), broken, newest_first[0] if newest_first else None,
                   problems, warnings)
