"""Protokoll: who wrote what, when, from where (Administration: all; managers: their networks)."""

from dashboard.ui.protocol import protocol_page

protocol_page()
