"""records.dataclass behaves as dataclasses.dataclass on what lcreader's records use:
the same class declared both ways gives the same methods' results."""

from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from lcreader import records

KINDS = [{}, {"frozen": True}, {"slots": True}]


def declare(make, field, **options):
    @make(**options)
    class Point:
        """A point."""

        x: int
        y: int = 2
        tags: list[str] = field(default_factory=list)
        note: str = field(default="", repr=False)
        cached: tuple | None = field(default=None, init=False, repr=False, compare=False)

        LIMIT = 5  # not a field: no annotation

        def norm(self) -> int:
            return self.x + self.y

    return Point


def both(**options):
    return (
        declare(dataclasses.dataclass, dataclasses.field, **options),
        declare(records.dataclass, records.field, **options),
    )


@pytest.mark.parametrize("options", KINDS)
def test_a_record_is_made_as_a_dataclass_is(options):
    real, record = both(**options)
    for args, kwargs in [((1,), {}), ((1, 3), {"tags": ["a"]}), ((0,), {"note": "n", "y": 4})]:
        a, b = real(*args, **kwargs), record(*args, **kwargs)
        assert repr(a) == repr(b)
        assert dataclasses.asdict(a) == dataclasses.asdict(b)
        assert dataclasses.astuple(a) == dataclasses.astuple(b)
        assert b == record(*args, **kwargs) and b != record(9) and b != a
        assert (a.__hash__ is None) == (b.__hash__ is None)
        if a.__hash__ is not None:  # frozen: hashable when its fields are
            kept = {"tags": ()}
            assert hash(real(*args, **kwargs | kept)) == hash(record(*args, **kwargs | kept))
        assert repr(dataclasses.replace(a, x=7)) == repr(dataclasses.replace(b, x=7))
        assert b.cached is None and b.norm() == a.norm()
    assert record(1).tags is not record(1).tags
    assert str(inspect.signature(real)) == str(inspect.signature(record))
    assert dataclasses.is_dataclass(record) and dataclasses.is_dataclass(record(1))
    shape = [
        (f.name, f.default, f.default_factory, f.init, f.repr, f.compare)
        for f in dataclasses.fields(real)
    ]
    assert shape == [
        (f.name, f.default, f.default_factory, f.init, f.repr, f.compare)
        for f in dataclasses.fields(record)
    ]
    assert real.__match_args__ == record.__match_args__
    assert real.LIMIT == record.LIMIT
    assert repr(getattr(real, "y", None)) == repr(getattr(record, "y", None))
    assert hasattr(real, "tags") == hasattr(record, "tags")
    assert real.__doc__ == record.__doc__ and record.__qualname__ == real.__qualname__
    assert hasattr(real, "__slots__") == hasattr(record, "__slots__")
    if options.get("slots"):
        assert record.__slots__ == real.__slots__ and not hasattr(record(1), "__dict__")


def test_a_frozen_record_refuses_changes_as_a_frozen_dataclass_does():
    _, record = both(frozen=True)
    point = record(1)
    with pytest.raises(AttributeError, match="cannot assign to field 'x'"):
        point.x = 2
    with pytest.raises(AttributeError, match="cannot delete field 'y'"):
        del point.y
    with pytest.raises(AttributeError):
        point.other = 1
    assert {record(1, tags=()): 1}[record(1, tags=())] == 1


def test_methods_a_class_writes_itself_are_kept():
    @records.dataclass
    class Named:
        name: str

        def __repr__(self) -> str:
            return f"<{self.name}>"

        def __eq__(self, other) -> bool:
            return isinstance(other, Named) and other.name.lower() == self.name.lower()

    assert repr(Named("A")) == "<A>" and Named("A") == Named("a")
    assert Named.__hash__ is None  # as dataclasses leaves a class with its own __eq__


def test_a_mutable_default_is_refused_as_dataclasses_refuses_it():
    with pytest.raises(ValueError, match="mutable default"):

        @records.dataclass
        class Bad:
            items: list = []


@records.dataclass(slots=True)
class Slotted:
    """Pickled by a build's workers, as the model's records are."""

    name: str
    items: list[int] = records.field(default_factory=list)


@records.dataclass(frozen=True)
class Frozen:
    name: str
    count: int = 0


@pytest.mark.parametrize("value", [Slotted("a", [1]), Frozen("b", 2)])
def test_records_pickle_as_dataclasses_do(value):
    assert pickle.loads(pickle.dumps(value)) == value


def test_compiled_methods_are_kept_beside_the_modules_bytecode(tmp_path, monkeypatch):
    import types

    monkeypatch.setattr(records.sys, "dont_write_bytecode", False)
    monkeypatch.setattr(records, "_code_files", {})
    module = types.ModuleType("made_here")
    module.__cached__ = str(tmp_path / "made_here.cpython.pyc")
    source = "def make(CLS):\n def f(self):\n  return 1\n return f,\n"
    first = records._compiled(source, module)
    kept = tmp_path / "made_here.cpython.pyc.records"
    assert kept.exists()
    monkeypatch.setattr(records, "_code_files", {})  # a new process: read from the file
    assert records._compiled(source, module) == first
    changed = source.replace("1", "2")
    assert records._compiled(changed, module) != first  # another source is compiled anew
    for damage in (b"", b"not marshal", kept.read_bytes()[:-3]):
        kept.write_bytes(damage)
        monkeypatch.setattr(records, "_code_files", {})
        assert records._compiled(source, module) == first  # compiled again, written again
