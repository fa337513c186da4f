"""Take-aways: chart images rendered on the server, the briefing deck (PPTX) and its PDF."""
