"""`dataclass` and `field` for the modules a search imports, without importing
dataclasses: it imports inspect (ast, dis, tokenize…), which alone cost a whole-process
`lcreader search` on the seeds as much as Python's own start (issue #19).

Only what lcreader's records use: fields with defaults or default factories (`init`,
`repr`, `compare`), `frozen`, `slots`. The methods are those dataclasses writes
(`__init__`, `__repr__`, `__eq__`, `__hash__` as it decides, a frozen class's
`__setattr__`/`__delattr__`, `__match_args__`), made in one `exec` per class where
dataclasses makes one per method. A class made here is a dataclass to the
dataclasses module: `fields`, `asdict`, `replace` and `is_dataclass` work, through
`__dataclass_fields__`, made by dataclasses itself when first asked for (it is
imported then). tests/unit/test_records.py holds each feature to dataclasses' own.
"""

from __future__ import annotations

import sys

__all__ = ["FrozenInstanceError", "dataclass", "field"]


class FrozenInstanceError(AttributeError):
    """A field of a frozen record assigned or deleted (as dataclasses' own error)."""


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing()


class _FactorySentinel:
    """The default of a parameter whose field has a default factory."""

    def __repr__(self) -> str:
        return "<factory>"


_HAS_FACTORY = _FactorySentinel()


class Field:
    __slots__ = ("compare", "default", "default_factory", "init", "name", "repr", "type")

    def __init__(self, default, default_factory, init: bool, repr: bool, compare: bool):
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot specify both default and default_factory")
        self.name = self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare


def field(
    *,
    default=MISSING,
    default_factory=MISSING,
    init: bool = True,
    repr: bool = True,
    compare: bool = True,
) -> Field:
    return Field(default, default_factory, init, repr, compare)


def dataclass(cls=None, /, *, frozen: bool = False, slots: bool = False):
    """dataclasses.dataclass for the subset above (eq and repr always on)."""

    def wrap(cls):
        return _process(cls, frozen, slots)

    return wrap if cls is None else wrap(cls)


class _LazyFields:
    """A record's `__dataclass_fields__`: dataclasses' Field objects, made by
    dataclasses on a stand-in class with the same fields when first asked for."""

    def __init__(self, fields: list[Field], frozen: bool) -> None:
        self.fields = fields
        self.frozen = frozen

    def __get__(self, instance, owner):
        import dataclasses

        namespace: dict = {"__annotations__": {}}
        for f in self.fields:
            namespace["__annotations__"][f.name] = f.type
            namespace[f.name] = dataclasses.field(
                default=f.default if f.default is not MISSING else dataclasses.MISSING,
                default_factory=(
                    f.default_factory if f.default_factory is not MISSING else dataclasses.MISSING
                ),
                init=f.init,
                repr=f.repr,
                compare=f.compare,
            )
        stand_in = dataclasses.dataclass(frozen=self.frozen)(type(owner.__name__, (), namespace))
        made = stand_in.__dataclass_fields__
        type.__setattr__(owner, "__dataclass_fields__", made)
        return made


def _fields(cls) -> list[Field]:
    out = []
    # The class's own annotations, as dataclasses reads them (not inspect's: not imported).
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():  # noqa: RUF063
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else Field(default, MISSING, True, True, True)
        if isinstance(f.default, list | dict | set):
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed")
        f.name, f.type = name, annotation
        out.append(f)
    return out


def _set_default_attributes(cls, fields: list[Field]) -> None:
    """As dataclasses leaves them: a field's default as a class attribute, a factory's
    field none."""
    for f in fields:
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)


def _source(cls, fields: list[Field], frozen: bool) -> tuple[str, dict]:
    """The source of a function making the record's methods, and its globals."""
    names: dict = {"HAS_FACTORY": _HAS_FACTORY, "FrozenError": FrozenInstanceError}
    params, body = ["self"], []

    def assign(name: str, value: str) -> str:
        if frozen:
            return f"  object.__setattr__(self, {name!r}, {value})"
        return f"  self.{name} = {value}"

    for f in fields:
        if f.default_factory is not MISSING:
            names[f"factory_{f.name}"] = f.default_factory
            if f.init:
                params.append(f"{f.name}=HAS_FACTORY")
                value = f"factory_{f.name}() if {f.name} is HAS_FACTORY else {f.name}"
            else:
                value = f"factory_{f.name}()"
            body.append(assign(f.name, value))
        elif f.init:
            if f.default is MISSING:
                params.append(f.name)
            else:
                names[f"default_{f.name}"] = f.default
                params.append(f"{f.name}=default_{f.name}")
            body.append(assign(f.name, f.name))
        elif f.default is not MISSING:
            names[f"default_{f.name}"] = f.default
            body.append(assign(f.name, f"default_{f.name}"))
    lines = [f"def __init__({', '.join(params)}):", *(body or ["  pass"])]
    shown = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in fields if f.repr)
    lines += [
        "def __repr__(self):",
        f'  return self.__class__.__qualname__ + f"({shown})"',
    ]
    compared = "".join(f"self.{f.name}," for f in fields if f.compare)
    other = "".join(f"other.{f.name}," for f in fields if f.compare)
    lines += [
        "def __eq__(self, other):",
        "  if other.__class__ is self.__class__:",
        f"    return ({compared}) == ({other})",
        "  return NotImplemented",
        "def __hash__(self):",
        f"  return hash(({compared}))",
    ]
    if frozen:
        field_names = tuple(f.name for f in fields)
        names["FIELD_NAMES"] = field_names
        for method, verb, args in (
            ("__setattr__", "assign to", "name, value"),
            ("__delattr__", "delete", "name"),
        ):
            lines += [
                f"def {method}(self, {args}):",
                "  if type(self) is CLS or name in FIELD_NAMES:",
                f'    raise FrozenError(f"cannot {verb} field {{name!r}}")',
                f"  super(CLS, self).{method}({args})",
            ]
    made = ", ".join(
        n for n in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")
        if f"def {n}(" in "\n".join(lines)
    )  # fmt: skip
    # The values the methods use are the maker's parameters (closures), and their
    # globals the class's module's, where annotations are resolved (as dataclasses does).
    head = f"def make(CLS, {', '.join(names)}):\n"
    source = head + "".join(f" {line}\n" for line in lines) + f" return {made}\n"
    return source, names


def _process(cls, frozen: bool, slots: bool):
    if frozen and slots:
        raise TypeError("records.dataclass: frozen with slots is not supported")
    fields = _fields(cls)
    _set_default_attributes(cls, fields)
    source, names = _source(cls, fields, frozen)
    module = sys.modules.get(cls.__module__)
    made: dict = {}
    # Generated from the class's own field names, as dataclasses does.
    exec(_compiled(source, module), module.__dict__ if module else {}, made)
    methods = made["make"](cls, **names)
    methods[0].__annotations__ = {f.name: f.type for f in fields if f.init} | {"return": None}
    own = cls.__dict__
    generated = dict(zip(("__init__", "__repr__", "__eq__", "__hash__"), methods[:4], strict=True))
    if frozen:
        generated["__setattr__"], generated["__delattr__"] = methods[4:]
        for name in ("__setattr__", "__delattr__"):
            if name in own:
                raise TypeError(f"cannot overwrite attribute {name} in class {cls.__name__}")
    # __hash__ as dataclasses decides it (eq on, unsafe_hash off).
    class_hash = own.get("__hash__", MISSING)
    explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in own))
    hash_method = generated.pop("__hash__")
    for name, method in generated.items():
        if name not in own or name in ("__setattr__", "__delattr__"):
            method.__qualname__ = f"{cls.__qualname__}.{name}"
            setattr(cls, name, method)
    if not explicit_hash:
        if frozen:
            hash_method.__qualname__ = f"{cls.__qualname__}.__hash__"
            cls.__hash__ = hash_method
        else:
            cls.__hash__ = None
    if "__match_args__" not in own:
        cls.__match_args__ = tuple(f.name for f in fields if f.init)
    cls.__dataclass_fields__ = _LazyFields(fields, frozen)
    if slots:
        cls = _with_slots(cls, fields)
    return cls


# Compiled methods, kept beside each module's bytecode: compiling a record's methods
# is most of what a record costs an import (0.15 ms each, a dozen on a search's way).
_CODE_SUFFIX = ".records"
_code_files: dict[str, tuple[dict, set]] = {}  # file → (source → code, sources used)


def _compiled(source: str, module):
    """compile(source), read from the code file beside the module's bytecode when it
    holds this very source (as Python reads a module's own bytecode), else compiled
    and written there. Keyed by the whole source text: a changed class misses, and
    the file is written again with the sources this process used."""
    where = getattr(module, "__cached__", None)
    if not where:
        return compile(source, "<string>", "exec")
    path = where + _CODE_SUFFIX
    if path not in _code_files:
        _code_files[path] = (_read_codes(path), set())
    codes, used = _code_files[path]
    used.add(source)
    code = codes.get(source)
    if code is None:
        code = codes[source] = compile(source, "<string>", "exec")
        if not sys.dont_write_bytecode:
            _write_codes(path, {s: codes[s] for s in used})
    return code


def _magic() -> bytes:
    import _frozen_importlib_external  # already loaded: what tags Python's own .pyc

    return _frozen_importlib_external.MAGIC_NUMBER


def _read_codes(path: str) -> dict:
    import marshal

    try:
        with open(path, "rb") as handle:
            magic, codes = marshal.loads(handle.read())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if magic != _magic() or not isinstance(codes, dict):
        return {}
    return codes


def _write_codes(path: str, codes: dict) -> None:
    """Written whole and renamed into place; where it cannot be written, it is not."""
    import contextlib
    import marshal
    import os

    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        with open(temporary, "wb") as handle:
            handle.write(marshal.dumps((_magic(), codes)))
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _with_slots(cls, fields: list[Field]):
    """The class made again with a slot per field, as dataclasses(slots=True) does."""
    namespace = dict(cls.__dict__)
    names = tuple(f.name for f in fields)
    namespace["__slots__"] = names
    for name in names:
        namespace.pop(name, None)  # a default as a class attribute would hide the slot
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls
