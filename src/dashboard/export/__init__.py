"""Files people take away: formula-safe CSV/XLSX tables (and, later, templates and decks)."""
