"""The command line: click declarations (`app`), parameter types (`params`),
configuration files (`config`) and output files (`output`)."""
from __future__ import annotations

from factlint.cli.app import main

__all__ = ["main"]
