"""Reading articles: finding them (`discover`), their bytes (`source`), decoding
and laying them out (`document`, `markup/`, `furniture`) and their suppression
lines (`directives`)."""
