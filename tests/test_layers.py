"""The package's layout shows its data flow: each stage imports only the stages
before it (read with `ast`, so lazy imports inside functions count too)."""
from __future__ import annotations

import ast
import os

import pytest

PACKAGE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "factlint")

# Lowest first. A module may import its own layer and any layer before it.
LAYERS = [
    ("__init__", "model", "errors", "atomic", "patternstore"),
    ("prose",),
    ("read",),
    ("kinds",),
    ("rules",),
    ("extract",),
    ("compare", "discover"),  # discovery makes rules and extracts with them; the engine compares
    ("engine",),
    ("reporters",),
    ("ruletest",),
    ("cli", "pytest_plugin", "__main__"),
]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def _stage(module: str) -> str:
    """'factlint.prose.numbers' -> 'prose'; 'factlint' -> '__init__'."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _modules() -> list[tuple[str, str]]:
    found = []
    for folder, _, names in os.walk(PACKAGE):
        for name in names:
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                rel = os.path.relpath(path, os.path.dirname(PACKAGE))[:-3].replace(os.sep, ".")
                found.append((rel.removesuffix(".__init__"), path))
    return sorted(found)


def _imports(path: str, module: str) -> list[tuple[int, str]]:
    with open(path, encoding="utf-8") as handle:
        tree = ast.parse(handle.read())
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "factlint"]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative import: resolve against this module's package
                package = module.split(".")[: -node.level] if not path.endswith("__init__.py") else module.split(".")[: len(module.split(".")) - node.level + 1]
                base = ".".join(package + ([base] if base else []))
            if base.split(".")[0] != "factlint":
                continue
            if base == "factlint":  # `from factlint import kinds`: each name is a module or __version__
                found += [(node.lineno, f"factlint.{a.name}") for a in node.names if a.name != "__version__"]
            else:
                found.append((node.lineno, base))
    return found


MODULES = _modules()


def test_every_stage_has_a_layer():
    stages = {_stage(module) for module, _ in MODULES}
    assert stages <= set(RANK), f"add these to LAYERS: {sorted(stages - set(RANK))}"


@pytest.mark.parametrize(("module", "path"), MODULES, ids=[m for m, _ in MODULES])
def test_imports_point_down_the_pipeline(module, path):
    own = RANK[_stage(module)]
    upward = [f"line {line}: {target}" for line, target in _imports(path, module)
              if RANK.get(_stage(target), -1) > own]
    assert not upward, f"{module} imports a later stage: {upward}"


def test_prose_needs_only_records_and_errors():
    allowed = {"model", "errors", "prose", "patternstore"}
    for module, path in MODULES:
        if _stage(module) == "prose":
            assert {_stage(t) for _, t in _imports(path, module)} <= allowed, module


def test_no_import_cycle_between_modules():
    graph = {module: set() for module, _ in MODULES}
    for module, path in MODULES:
        for _, target in _imports(path, module):
            while target and target not in graph:  # `factlint.rules.Rule`-style names: the module part
                target = target.rpartition(".")[0]
            if target and target != module and not target == module.rpartition(".")[0]:
                graph[module].add(target)
    seen: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        seen[node] = 1
        for nxt in sorted(graph[node]):
            if seen.get(nxt) == 1:
                raise AssertionError("import cycle: " + " -> ".join(trail[trail.index(nxt):] + [nxt]))
            if nxt not in seen:
                visit(nxt, trail + [nxt])
        seen[node] = 2

    for module in sorted(graph):
        if module not in seen:
            visit(module, [module])
