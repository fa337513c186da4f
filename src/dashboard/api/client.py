"""Who is asking: the address the rate limit counts. X-Forwarded-For is believed only from
the configured proxies ($DASHBOARD_TRUSTED_PROXIES); behind them the client is the right-most
address of the chain that is no trusted proxy (each proxy appends the address it saw, so
everything left of that may be written by the client itself)."""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

log = logging.getLogger("dashboard")
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
# the bucket of requests whose sender the server layer may have replaced from their header
UNCHECKED = "weitergeleitet (Absender ungeprüft)"


@dataclass(frozen=True)
class Proxies:
    """A set of addresses and networks; `everything` for uvicorn's '*'."""

    networks: tuple[Network, ...] = ()
    everything: bool = False

    @classmethod
    def parse(cls, entries: Iterable[str], *, setting: str = "DASHBOARD_TRUSTED_PROXIES"
              ) -> Proxies:
        """IPs and CIDRs ('10.0.0.5', '10.0.0.0/24', '::1'); anything else is left out with a
        warning in the log (trusting less is the safe side)."""
        networks, everything = [], False
        for entry in (e.strip() for e in entries):
            if not entry:
                continue
            if entry == "*":
                everything = True
                continue
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                log.warning("%s: „%s“ ist keine IP-Adresse und kein Netz (CIDR) – übergangen.",
                            setting, entry)
        return cls(tuple(networks), everything)

    def __contains__(self, host: object) -> bool:
        if self.everything:
            return True
        try:
            ip = ipaddress.ip_address(str(host))
        except ValueError:
            return False
        return any(ip in net for net in self.networks)

    def covers(self, other: Proxies) -> bool:
        """Every address `other` trusts is trusted here too."""
        if self.everything:
            return True
        if other.everything:
            return False
        return all(any(n.version == m.version and n.subnet_of(m) for m in self.networks)
                   for n in other.networks)


def host_of(hop: str) -> str:
    """'203.0.113.7:5123' -> '203.0.113.7', '[2001:db8::1]:443' -> '2001:db8::1'."""
    hop = hop.strip()
    if hop.startswith("[") and "]" in hop:
        return hop[1:hop.index("]")]
    if hop.count(":") == 1:
        return hop.split(":", 1)[0]
    return hop


def hops(forwarded: Sequence[str]) -> list[str]:
    """The addresses of all X-Forwarded-For headers, left to right."""
    return [host_of(h) for value in forwarded for h in value.split(",") if h.strip()]


def client_address(peer: str | None, forwarded: Sequence[str], trusted: Proxies) -> str:
    """The peer itself, unless it is a trusted proxy: then the right-most address of the
    X-Forwarded-For chain that is no trusted proxy (the left-most when all are)."""
    if not peer:
        return "unbekannt"
    chain = hops(forwarded)
    if peer not in trusted or not chain:
        return peer
    for host in reversed(chain):
        if host not in trusted:
            return host
    return chain[0]


def client_key(peer: str | None, forwarded: Sequence[str], trusted: Proxies,
               server_trusts: Proxies) -> str:
    """The rate limit's key. The server under `streamlit run` (uvicorn) already replaces the
    peer by an X-Forwarded-For address when the peer is one it trusts ($FORWARDED_ALLOW_IPS,
    by default 127.0.0.1 and ::1). Where it trusts more than we do, a request whose peer now
    reads as one of its own header's addresses may have had its real peer replaced: all such
    requests share one bucket, so rotating the header gains nothing."""
    if forwarded and not trusted.covers(server_trusts) and peer in hops(forwarded):
        return UNCHECKED
    return client_address(peer, forwarded, trusted)
