"""Discovery: the facts a folder of articles states, found with no rules, grouped
across articles, and written as draft rules (`factlint discover`).

Sits at the compare step's level: it reads with prose, read and kinds, makes
rules with rules, and extracts with extract; the engine compares.
"""
