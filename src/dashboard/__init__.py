"""Strukturwandel-Monitor: projects of the structural change in the lignite regions."""
