"""Extracting facts: the prefilter, one article's facts (`extract`), an
article's result record (`run`), worker processes, the cache and facts files."""
