"""Pure domain: taxonomy, project model, filters. No I/O besides reading reference CSVs."""
