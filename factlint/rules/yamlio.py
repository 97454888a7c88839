"""Safe YAML that remembers where each key and item stands, for `path:line:` messages."""
from __future__ import annotations

from typing import Any

import yaml


class _Located(dict):
    """A mapping that remembers the line of each of its keys."""

    line: int = 0
    key_lines: dict[str, int]


MAX_ALIASES = 50  # a rule file needs few, if any; "billion laughs" needs many
MAX_DEPTH = 50  # a rule file nests four or five levels; a thousand would exhaust the stack


class _LineLoader(yaml.SafeLoader):
    """Safe YAML loading that records lines, refuses duplicate keys and stops at
    MAX_ALIASES aliases, so an alias bomb fails at once instead of being walked."""

    aliases = 0
    depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise yaml.composer.ComposerError(
                    None, None, f"more than {MAX_ALIASES} aliases (*name); a rule file needs few", self.peek_event().start_mark)
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise yaml.composer.ComposerError(
                    None, None, f"nested more than {MAX_DEPTH} levels deep", self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode, deep: bool = False) -> _Located:
    loader.flatten_mapping(node)
    mapping = _Located()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):  # "? [a, b]": a list or mapping as a key
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be a plain value, not a list or mapping", key_node.start_mark)
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        try:
            mapping[key] = loader.construct_object(value_node, deep=True)
        except ValueError as exc:  # e.g. an unquoted impossible date, 2023-13-45
            raise yaml.constructor.ConstructorError(
                None, None, f"{key}: {exc}", value_node.start_mark) from None
        mapping.key_lines[key] = line
    return mapping


class _LocatedList(list):
    """A sequence that remembers the line of each of its items."""

    item_lines: list[int]


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode, deep: bool = False) -> _LocatedList:
    items = _LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    items.item_lines = [child.start_mark.line + 1 for child in node.value]
    return items


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load_located_yaml(text: Any) -> Any:
    """Safe YAML whose mappings remember each key's line (`key_lines`) and refuse duplicate keys."""
    return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
