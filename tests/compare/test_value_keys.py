"""compare's value keys: encoded once per value object, the same key as encoding each."""
import pytest

from factlint.compare.compare import _value_key, _ValueKeys


@pytest.mark.parametrize("values", [
    [{"lo": 12, "hi": 12}, {"lo": 12, "hi": 12}, {"hi": 12, "lo": 12}, {"lo": 12.0, "hi": 12}],
    [{"phrase": "harbour master"}, {"phrase": "Harbour master"}, {"phrase": "harbour master"}],
    [{"start": "2031-05-03", "end": None}, {"start": "2031-05-03", "end": "2031-05-04"}],
])
def test_a_value_keys_as_its_encoding(values):
    keys = _ValueKeys()
    shared = values[0]
    for value in [*values, shared, *values]:
        assert keys.of(value) == _value_key(value)
    assert keys.of(shared) is keys.of(shared)  # the shared object: encoded once
