"""Charts drawn from a pack's figures (Qt-free; matplotlib Figure API). Not yet written."""
