"""The Indonesian pack's YAML files hold each key once: a repeated key silently replaces the first list."""

from pathlib import Path

import pytest
import yaml

PACK = Path(__file__).parents[3] / "warta" / "lang" / "id"


class _UniqueKeyLoader(yaml.SafeLoader):
    pass


def _no_repeats(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"key {key!r} repeated", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_repeats)


@pytest.mark.parametrize("path", sorted(PACK.glob("*.yaml")), ids=lambda p: p.name)
def test_each_key_appears_once(path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
