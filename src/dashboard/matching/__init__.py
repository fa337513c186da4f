"""Vernetzung: finding overlapping projects (and, for the official lists, matching operations
to projects). Pure functions over DataFrames (normalise, textsim, signals, engine, scoring);
persistence in `repository`, the one entry point for pages and CLI in `service`."""
