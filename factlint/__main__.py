"""`python -m factlint` runs the command line."""
from factlint.cli.app import main

raise SystemExit(main())
