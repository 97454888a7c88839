"""Comparing facts across articles and against the rules (`compare`), then
silencing what the user asked to silence: suppressions, selection and
per-path ignores, the baseline."""
