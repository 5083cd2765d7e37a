"""The message ids the application's code uses, read from its syntax tree (for tests/test_i18n.py).

An id reaches the catalogue in three ways, and each is found here:

- **A sink** takes it: the first argument of ``t(...)`` (a name ``t`` or an attribute ``.t``), and
  every parameter that the code passes on to a sink. Those are inferred from the code, not
  listed: ``ReadError(message_id)`` (a ``LocalizedError`` keeps it as ``self.message_id`` for
  ``t(self.message_id)``), ``BoundaryError(key)`` (which makes a ``Message(key)``), the reader's
  ``refuse(message_id)``, the validator's ``add(severity, code)``, ``h = lambda key: t(key, "id")``,
  a ``StoreError``'s class attribute ``message_id = "..."``, a ``StoreFaultError``'s
  ``super().__init__(f"store.fault.{...}")``; and so will be the next such type, in whichever
  package it moves to. A keyword ``message_id=`` is a sink in any call. What a sink receives is an
  id whatever its prefix: a literal, both sides of ``a if c else b`` or ``a or b``, a name bound
  only to such values, or an f-string.
- **A constant** anywhere else (a dict value, a module constant, a comparison, a boundary message's
  ``"@key"`` parameter) that looks like an id: dotted lower-case words whose first word is a
  prefix of the catalogue, and neither a file name (``data.csv``) nor a module (``cli.data``).
- **An f-string** (or a constant that ends in a dot, as in ``"risk." + level``) whose literal
  start is such a prefix, or that a sink receives. When each formatted part is a name that runs
  over literals (``for k in ("near", "far")``, a module's ``TIMELINESS`` tuple or a dict's keys,
  also imported), it stands for those ids, each of which must exist; else for a family, each
  formatted part standing for one word without a dot (after a trailing dot: for anything), and
  at least one id of the catalogue must be in the family. A module-level function whose f-string
  is made of its parameters (``start_page(page)`` saying ``t(f"{page}.title")``) is read at its
  calls instead: ``start_page("risk_page", ...)`` uses ``risk_page.title``; when every call can
  be read so, the family stands for nothing more (a parameter the function tests, as in
  ``if group == "total"``, keeps its family).

``scan`` returns every use with where it is, ``problems`` the uses the catalogue lacks, and
``unused`` the ids that no use reaches.
"""

from __future__ import annotations

import ast
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Top-level folders that are not the application, even if they hold an ``__init__.py``.
NOT_APPLICATION = {"tests", "benchmarks", "scripts"}

#: Lower-case words joined by dots: what a message id looks like outside a sink.
DOTTED_ID = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+")

#: Last words that make a dotted name a file name rather than a message id.
FILE_SUFFIXES = {
    "csv", "tsv", "json", "geojson", "topojson", "xlsx", "xls", "ods", "zip", "gz", "tar", "py",
    "txt", "md", "html", "htm", "pdf", "png", "jpg", "jpeg", "svg", "gif", "css", "js", "toml",
    "yaml", "yml", "ini", "cfg", "log", "db", "sqlite", "sqlite3", "parquet", "gpkg", "shp",
    "shx", "dbf", "prj", "cpg", "kml", "kmz", "woff", "woff2", "ttf", "sh", "pem",
}

WORD = "[^.]+"  # what a formatted part of an f-string stands for
ANYTHING = ".+"  # what follows a constant that ends in a dot
MAX_EXPANSION = 64  # ids an f-string may stand for before it is checked as a family instead
MAX_DEPTH = 4  # names followed through names

_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
_SCOPES = (*_FUNCTIONS, ast.ClassDef, *_COMPREHENSIONS)


def application_files(root: Path = ROOT) -> list[Path]:
    """Every Python file of the application: the top-level modules (``dashboard.py``,
    ``config.py``, ...), ``pages/``, and every top-level package (a folder with an
    ``__init__.py``) but the tests, benchmarks and scripts; not the catalogue's own
    ``i18n/messages_*.py``. Found afresh each time, so that a package added or renamed is read
    without changing this list."""
    files = sorted(root.glob("*.py")) + sorted((root / "pages").glob("*.py"))
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        if (folder.name.startswith(".") or folder.name in NOT_APPLICATION
                or not (folder / "__init__.py").is_file()):
            continue
        files += sorted(p for p in folder.rglob("*.py") if not any(
            part.startswith(".") or part == "__pycache__" for part in p.relative_to(root).parts))
    catalogue = set(root.glob("i18n/messages_*.py"))  # the definitions, not uses
    return [p for p in files if p not in catalogue]


def read_sources(root: Path = ROOT) -> dict[str, str]:
    """Relative path -> text of every application file."""
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
            for p in application_files(root)}


@dataclass(frozen=True)
class Use:
    """One place in the code that names a message id, or a family of ids (``pattern``)."""

    where: str  # "path:line"
    text: str  # the id, or the f-string as written with {…} for each formatted part
    pattern: str | None = None  # a regular expression; None: ``text`` is the id itself
    strict: bool = False  # taken by a sink (an id whatever its prefix), not a lookalike constant

    def matches(self, key: str) -> bool:
        return key == self.text if self.pattern is None else bool(re.fullmatch(self.pattern, key))


# --- small readings of the syntax tree ------------------------------------------------------------
def _called_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_super_init(call: ast.Call) -> bool:
    return (isinstance(call.func, ast.Attribute) and call.func.attr == "__init__"
            and isinstance(call.func.value, ast.Call)
            and _called_name(call.func.value.func) == "super")


def _self_attribute(node: ast.AST) -> str | None:
    if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
            and node.value.id == "self"):
        return node.attr
    return None


def _positional(args: ast.arguments, is_method: bool) -> list[str]:
    names = [a.arg for a in args.posonlyargs + args.args]
    return names[1:] if is_method and names and names[0] in ("self", "cls") else names


def _all_params(args: ast.arguments) -> set[str]:
    extra = [a for a in (args.vararg, args.kwarg) if a]
    return {a.arg for a in args.posonlyargs + args.args + args.kwonlyargs + extra}


def _binds(target: ast.AST, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(target))


def _str_constant(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _added_parts(node: ast.expr) -> list[ast.expr]:
    """The operands of ``a + b + c``."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _added_parts(node.left) + _added_parts(node.right)
    return [node]


def _own_nodes(scope: ast.AST) -> Iterator[ast.AST]:
    """The nodes of a scope's body, not those of the functions, classes and comprehensions in it
    (their names are their own)."""
    for child in ast.iter_child_nodes(scope):
        if not isinstance(child, (ast.arguments, *_SCOPES)):
            yield child
            yield from _own_nodes(child)


def _assignments(nodes: Iterable[ast.AST], name: str) -> list[ast.expr] | None:
    """The values ``name = value`` statements among ``nodes`` give ``name``: [] if none binds
    it, None if one binds it otherwise (a loop, ``+=``, ``with``, an import...)."""
    values = []
    for node in nodes:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id == name:
                    values.append(node.value)
                elif _binds(target, name):
                    return None
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign, ast.NamedExpr, ast.For)) \
                and _binds(node.target, name):
            if not (isinstance(node, ast.AnnAssign) and node.value is not None):
                return None
            values.append(node.value)
        elif isinstance(node, ast.withitem) and node.optional_vars is not None \
                and _binds(node.optional_vars, name):
            return None
        elif isinstance(node, ast.ExceptHandler) and node.name == name:
            return None
        elif isinstance(node, (ast.Import, ast.ImportFrom)) and name in {
                (a.asname or a.name).split(".")[0] for a in node.names}:
            return None
        elif isinstance(node, (ast.Global, ast.Nonlocal)) and name in node.names:
            return None
    return values


# --- the program: what it defines, and where it takes ids -----------------------------------------
@dataclass
class _Function:
    name: str
    params: list[str]  # positional parameters, without self or cls
    node: ast.AST  # its body is walked
    owner: str | None = None  # the class of a method


@dataclass
class _Class:
    name: str
    bases: list[str]
    node: ast.ClassDef
    fields: list[str]  # a dataclass's annotated fields, in order
    has_init: bool
    used_attributes: set[str] = field(default_factory=set)  # self.X given to a sink here


@dataclass
class _Template:
    node: ast.JoinedStr  # the f-string, in the function
    params: dict[str, int]  # the parameters it is made of -> their positions


class _Program:
    """The files parsed once, and the sinks inferred over all of them together: an error class
    of one module is raised in others."""

    def __init__(self, sources: dict[str, str]):
        self.trees = {path: ast.parse(text, filename=path) for path, text in sources.items()}
        self.functions: list[_Function] = []
        self.classes: dict[str, _Class] = {}
        for tree in self.trees.values():
            self._collect(tree, owner=None)
        #: callable name (a class's as "Class.__init__") -> positions and keywords of its ids
        self.sinks: dict[str, set[int | str]] = {"t": {0}}
        self._infer_sinks()
        self.templates = self._find_templates()
        self.template_nodes = {id(template.node): key for key, found in self.templates.items()
                               for template in found}

    def _collect(self, node: ast.AST, owner: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.functions.append(_Function(
                    child.name, _positional(child.args, owner is not None), child, owner))
                self._collect(child, owner=None)
            elif isinstance(child, ast.ClassDef):
                fields = [s.target.id for s in child.body
                          if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)]
                has_init = any(isinstance(s, ast.FunctionDef) and s.name == "__init__"
                               for s in child.body)
                self.classes[child.name] = _Class(
                    child.name, [b for b in map(_called_name, child.bases) if b], child, fields,
                    has_init)
                self._collect(child, owner=child.name)
            else:
                if isinstance(child, ast.Assign) and isinstance(child.value, ast.Lambda):
                    self.functions += [_Function(t.id, _positional(child.value.args, False),
                                                 child.value)
                                       for t in child.targets if isinstance(t, ast.Name)]
                self._collect(child, owner)

    # -- sinks ------------------------------------------------------------------------------------
    def ancestors(self, name: str) -> Iterator[_Class]:
        """The class ``name`` (if the application defines it), then its bases, nearest first."""
        seen, queue = set(), [name]
        while queue:
            current = queue.pop(0)
            if current in self.classes and current not in seen:
                seen.add(current)
                yield self.classes[current]
                queue.extend(self.classes[current].bases)

    def attributes_for_sinks(self, class_name: str | None) -> set[str]:
        """Attributes of ``self`` that the class or a base gives to a sink."""
        if class_name is None:
            return set()
        return set().union(*(c.used_attributes for c in self.ancestors(class_name)))

    def constructor(self, class_name: str) -> set[int | str]:
        """Where the class, called, takes an id: its own ``__init__``'s or dataclass fields'
        sink parameters, else those of the nearest base the application defines."""
        for klass in self.ancestors(class_name):
            if klass.has_init or klass.fields:
                return self.sinks.get(f"{klass.name}.__init__", set())
        return set()

    def sink_arguments(self, call: ast.Call, method_of: str | None) -> Iterator[ast.expr]:
        """The arguments of ``call`` that a sink takes as a message id."""
        if _is_super_init(call):
            bases = self.classes[method_of].bases if method_of in self.classes else []
            taken = set().union(*(self.constructor(base) for base in bases))
        else:
            name = _called_name(call.func)
            taken = set(self.sinks.get(name, set())) if name else set()
            if name in self.classes:
                taken |= self.constructor(name)
        for key in taken:
            if isinstance(key, int):
                if key < len(call.args) and not isinstance(call.args[key], ast.Starred):
                    yield call.args[key]
            else:
                yield from (kw.value for kw in call.keywords if kw.arg == key)
        yield from (kw.value for kw in call.keywords if kw.arg == "message_id")

    def _infer_sinks(self) -> None:
        """Until nothing changes: a parameter that a body passes to a sink, or keeps as an
        attribute that its class gives to a sink, makes its function a sink at that parameter
        (its class, for ``__init__``; a dataclass, for a field its methods give to a sink)."""
        changed = True
        while changed:
            changed = False
            for klass in self.classes.values():
                used = {attr for node in ast.walk(klass.node) if isinstance(node, ast.Call)
                        for arg in self.sink_arguments(node, klass.name)
                        if (attr := _self_attribute(arg))}
                if not used <= klass.used_attributes:
                    klass.used_attributes |= used
                    changed = True
            for klass in self.classes.values():
                if not klass.has_init and klass.fields:
                    wanted = self.attributes_for_sinks(klass.name)
                    changed |= self._add_sink(f"{klass.name}.__init__", klass.fields,
                                              {f for f in klass.fields if f in wanted})
            for function in self.functions:
                taken = set()
                wanted = self.attributes_for_sinks(function.owner)
                for node in ast.walk(function.node):
                    if isinstance(node, ast.Call):
                        taken |= {arg.id for arg in self.sink_arguments(node, function.owner)
                                  if isinstance(arg, ast.Name)}
                    elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) \
                            and any(_self_attribute(t) in wanted for t in node.targets):
                        taken.add(node.value.id)
                name = (f"{function.owner}.__init__"
                        if function.owner and function.name == "__init__" else function.name)
                changed |= self._add_sink(name, function.params, taken & set(function.params))

    def _add_sink(self, name: str, params: list[str], taken: set[str]) -> bool:
        keys = {params.index(p) for p in taken} | taken
        entry = self.sinks.setdefault(name, set())
        if keys <= entry:
            return False
        entry |= keys
        return True

    # -- templates: ids a module-level function makes of its parameters ----------------------------
    def _find_templates(self) -> dict[tuple[str, str], list[_Template]]:
        """(file, function) -> the f-strings it gives a sink that are made of its parameters only
        (``t(f"{page}.title")`` in ``start_page(page, ...)``): their ids are read at the calls."""
        templates: dict[tuple[str, str], list[_Template]] = {}
        for path, tree in self.trees.items():
            for function in tree.body:
                if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    continue
                # A parameter the function tests (``if group == "total"``) may not reach the
                # f-string with every value its callers pass: its family stands.
                tested = {n.id for c in ast.walk(function) if isinstance(c, ast.Compare)
                          for n in ast.walk(c) if isinstance(n, ast.Name)}
                params = _positional(function.args, False)
                for call in (n for n in ast.walk(function) if isinstance(n, ast.Call)):
                    for arg in self.sink_arguments(call, None):
                        names = [v.value.id for v in getattr(arg, "values", [])
                                 if isinstance(v, ast.FormattedValue)
                                 and isinstance(v.value, ast.Name) and v.conversion == -1
                                 and v.format_spec is None]
                        formatted = [v for v in getattr(arg, "values", [])
                                     if isinstance(v, ast.FormattedValue)]
                        if (isinstance(arg, ast.JoinedStr) and formatted
                                and len(names) == len(formatted)
                                and set(names) <= set(params) - tested):
                            templates.setdefault((path, function.name), []).append(
                                _Template(arg, {n: params.index(n) for n in names}))
        return templates

    def definition(self, path: str, func: ast.expr, depth: int = 0) -> tuple[str, str] | None:
        """(file, name) of the module-level function a call's ``func`` names: defined in
        ``path``, imported into it, or an attribute of a module it imports."""
        if depth > MAX_DEPTH or path not in self.trees:
            return None
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            module = self.constant(path, func.value.id)
            return self.definition(module, ast.Name(func.attr), depth + 1) \
                if isinstance(module, str) else None
        if not isinstance(func, ast.Name):
            return None
        for statement in self.trees[path].body:
            if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                    and statement.name == func.id:
                return path, func.id
            if isinstance(statement, ast.ImportFrom) and statement.module and \
                    not statement.level:
                for alias in statement.names:
                    source = self.module_path(statement.module)
                    if (alias.asname or alias.name) == func.id and source:
                        return self.definition(source, ast.Name(alias.name), depth + 1)
        return None

    # -- module constants -------------------------------------------------------------------------
    def module_path(self, module: str) -> str | None:
        """The parsed file of a dotted module name."""
        base = module.replace(".", "/")
        return next((p for p in (f"{base}.py", f"{base}/__init__.py") if p in self.trees), None)

    def constant(self, path: str, name: str, depth: int = 0) -> tuple[ast.expr, str] | str | None:
        """What module ``path`` binds ``name`` to, once, at its top level: (the value, the file
        it is written in), following ``from x import name``; the file of a module it imports
        under that name; or None."""
        tree = self.trees.get(path)
        if tree is None or depth > MAX_DEPTH:
            return None
        found: list[tuple[ast.expr, str] | str | None] = []
        for statement in tree.body:
            if isinstance(statement, (ast.Assign, ast.AnnAssign)):
                targets = statement.targets if isinstance(statement, ast.Assign) \
                    else [statement.target]
                for target in targets if statement.value is not None else []:
                    if isinstance(target, ast.Name) and target.id == name:
                        found.append((statement.value, path))
                    elif isinstance(target, ast.Tuple) and _binds(target, name):  # A, B = "a", "b"
                        value = statement.value
                        pairs = zip(target.elts, value.elts) if isinstance(value, ast.Tuple) \
                            and len(value.elts) == len(target.elts) else []
                        found += [(v, path) for element, v in pairs
                                  if isinstance(element, ast.Name) and element.id == name] \
                            or [None]
            elif isinstance(statement, ast.ImportFrom):
                package = statement.module or ""
                if statement.level:  # from . import x, from .schema import X
                    here = path.split("/")[:-1]
                    here = here[:len(here) - statement.level + 1]
                    package = ".".join(here + ([package] if package else []))
                for alias in statement.names:
                    if (alias.asname or alias.name) == name:
                        module = self.module_path(f"{package}.{alias.name}")
                        source = self.module_path(package)
                        found.append(module or (self.constant(source, alias.name, depth + 1)
                                                if source else None))
            elif isinstance(statement, ast.Import):
                for alias in statement.names:
                    if alias.asname == name:
                        found.append(self.module_path(alias.name))
        return found[0] if len(found) == 1 else None

    def strings(self, node: ast.expr, path: str, depth: int = 0) -> list[str] | None:
        """The texts an expression of module ``path`` can be: a literal, either branch of
        ``a if c else b``, a module constant (also imported); None if that cannot be read."""
        if (value := _str_constant(node)) is not None:
            return [value]
        if depth > MAX_DEPTH:
            return None
        if isinstance(node, ast.IfExp):
            body, orelse = (self.strings(n, path, depth + 1) for n in (node.body, node.orelse))
            return body + orelse if body is not None and orelse is not None else None
        found = self.named(node, path, depth)
        return self.strings(*found, depth + 1) if found else None

    def items(self, node: ast.expr, path: str, depth: int = 0) -> list[str] | None:
        """The texts a loop over an expression of module ``path`` runs through: the elements of
        a literal tuple, list or set, the keys of a literal dict, through ``sorted(...)`` and
        ``.keys()`` and names of module constants (``reporting.TIMELINESS``); None if that
        cannot be read or one of them is not a text."""
        if depth > MAX_DEPTH:
            return None
        elements: list[ast.expr] | None = None
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            elements = list(node.elts)
        elif isinstance(node, ast.Dict) and None not in node.keys:
            elements = list(node.keys)
        elif isinstance(node, ast.Call) and len(node.args) == 1 and \
                _called_name(node.func) in ("sorted", "list", "tuple", "set", "reversed"):
            return self.items(node.args[0], path, depth + 1)
        elif isinstance(node, ast.Call) and not node.args and \
                isinstance(node.func, ast.Attribute) and node.func.attr == "keys":
            return self.items(node.func.value, path, depth + 1)
        elif found := self.named(node, path, depth):
            return self.items(*found, depth + 1)
        if elements is None:
            return None
        texts = [self.strings(element, path, depth + 1) for element in elements]
        return None if any(t is None for t in texts) else [x for t in texts for x in t]

    def named(self, node: ast.expr, path: str, depth: int) -> tuple[ast.expr, str] | None:
        """The value behind a name (``LEVELS``) or a module's attribute (``schema.LEVELS``)."""
        found = None
        if isinstance(node, ast.Name):
            found = self.constant(path, node.id, depth + 1)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            module = self.constant(path, node.value.id, depth + 1)
            if isinstance(module, str):
                found = self.constant(module, node.attr, depth + 1)
        return found if isinstance(found, tuple) else None


# --- uses -----------------------------------------------------------------------------------------
class _Scanner(ast.NodeVisitor):
    def __init__(self, program: _Program, path: str, keys: set[str], prefixes: set[str],
                 root: Path):
        self.program, self.path, self.keys, self.prefixes, self.root = (
            program, path, keys, prefixes, root)
        self.uses: list[Use] = []
        self.seen: set[int] = set()  # nodes already read (taken by a sink) and docstrings
        self.parents: dict[int, ast.AST] = {}
        self.owners: list[str | None] = [None]  # the enclosing class, innermost last
        self.template_calls: list[tuple[tuple[str, str], bool]] = []  # (function, ids read)
        self.template_uses: dict[int, tuple[str, str]] = {}  # family use -> its function

    def use(self, node: ast.AST, text: str, pattern: str | None = None,
            strict: bool = False) -> None:
        self.uses.append(Use(f"{self.path}:{node.lineno}", text, pattern, strict))

    # -- taken by a sink: an id whatever it looks like -------------------------------------------
    def strict(self, node: ast.expr, depth: int = 0) -> None:
        self.seen.add(id(node))
        if (value := _str_constant(node)) is not None:
            self.use(node, value, strict=True)
        elif isinstance(node, ast.JoinedStr):
            self.built(node, list(node.values), strict=True)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            self.built(node, _added_parts(node), strict=True)
        elif isinstance(node, ast.IfExp):
            self.strict(node.body, depth)
            self.strict(node.orelse, depth)
        elif isinstance(node, ast.BoolOp):
            for value in node.values:
                self.strict(value, depth)
        elif isinstance(node, ast.Name) and depth < MAX_DEPTH:
            kind, found = self.binding(node)
            if kind == "assigned":
                for value in found:
                    self.strict(value, depth + 1)
            else:
                texts = self.program.strings(node, self.path) if kind == "module" else found
                for text in texts or []:
                    self.use(node, text, strict=True)

    def built(self, node: ast.expr, parts: list[ast.expr | str], strict: bool) -> None:
        """An id made of literal and computed parts (an f-string, a sum): the ids it can be
        when every computed part is a name over literals; else the family."""
        self.seen.update(id(p) for p in parts if isinstance(p, ast.AST))
        choices: list[list[str]] | None = []
        text, regex = "", ""
        for part in parts:
            value = part if isinstance(part, str) else _str_constant(part)
            if value is not None:
                text, regex = text + value, regex + re.escape(value)
                if choices is not None:
                    choices.append([value])
                continue
            text, regex = text + "{…}", regex + WORD
            inner = part.value if isinstance(part, ast.FormattedValue) and \
                part.conversion == -1 and part.format_spec is None else part
            options = self.texts(inner) if isinstance(inner, ast.Name) else None
            if choices is not None and options:
                choices.append(options)
            else:
                choices = None
        if "{…}" not in text:  # "a." + "b"
            self.use(node, text, strict=strict)
            return
        if text.replace("{…}", "") == "":
            return  # nothing literal to check
        if choices is not None and _product(choices) <= MAX_EXPANSION:
            for key in dict.fromkeys("".join(c) for c in itertools.product(*choices)):
                self.use(node, key, strict=strict)
        else:
            self.use(node, text, regex, strict=strict)
            if id(node) in self.program.template_nodes:
                self.template_uses[len(self.uses) - 1] = self.program.template_nodes[id(node)]

    def binding(self, use: ast.Name) -> tuple[str, list | None]:
        """How the name ``use`` is bound, read in its scope and those around it: ("loop", the
        texts its loop or comprehension runs over), ("assigned", every value its function
        assigns it), ("module", None) for a name of the module, or ("unknown", None): a
        parameter, a loop over what cannot be read here (its callers or the constant scan check
        those)."""
        name, node = use.id, use
        while (parent := self.parents.get(id(node))) is not None:
            if isinstance(parent, _COMPREHENSIONS):
                for generator in parent.generators:
                    if _binds(generator.target, name):
                        return "loop", self.loop_texts(generator.target, generator.iter)
            elif isinstance(parent, ast.For) and _binds(parent.target, name) and any(
                    node is statement for statement in parent.body):
                inside = (n for s in parent.body for n in (s, *_own_nodes(s)))
                if _assignments(inside, name) != []:
                    return "unknown", None
                return "loop", self.loop_texts(parent.target, parent.iter)
            elif isinstance(parent, _FUNCTIONS):
                if name in _all_params(parent.args):
                    return "unknown", None
                assigned = _assignments(_own_nodes(parent), name)
                if assigned is None:
                    return "unknown", None
                if assigned:
                    return "assigned", assigned
            elif isinstance(parent, ast.ClassDef):
                return "unknown", None
            elif isinstance(parent, ast.Module):
                return "module", None
            node = parent
        return "unknown", None

    def texts(self, use: ast.Name) -> list[str] | None:
        """The texts the name ``use`` can hold, if they can all be read."""
        kind, found = self.binding(use)
        if kind == "module":
            return self.program.strings(use, self.path)
        if kind == "assigned":
            found = [self.program.strings(value, self.path) for value in found]
            return None if None in found else [x for texts in found for x in texts]
        return found

    def loop_texts(self, target: ast.expr, iterable: ast.expr) -> list[str] | None:
        """The texts a loop binds to ``target``, if it is one name over readable texts."""
        if not isinstance(target, ast.Name):
            return None
        if isinstance(iterable, ast.Name):  # a local name first, else the module's
            kind, found = self.binding(iterable)
            if kind == "assigned":
                found = [self.program.items(value, self.path) for value in found]
                return None if None in found else [x for texts in found for x in texts]
            if kind != "module":
                return None
        return self.program.items(iterable, self.path)

    # -- walking ----------------------------------------------------------------------------------
    def visit_Module(self, node: ast.Module) -> None:
        for parent in ast.walk(node):
            for child in ast.iter_child_nodes(parent):
                self.parents[id(child)] = parent
        self.skip_docstring(node)
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.skip_docstring(node)
        attributes = self.program.attributes_for_sinks(node.name)
        for statement in node.body:  # message_id = "store.error.concurrent"
            if isinstance(statement, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id in attributes for t in statement.targets):
                self.strict(statement.value)
        self.owners.append(node.name)
        self.generic_visit(node)
        self.owners.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.skip_docstring(node)
        self.generic_visit(node)  # a function inside a method keeps the method's class

    visit_AsyncFunctionDef = visit_FunctionDef

    def skip_docstring(self, node: ast.AST) -> None:
        body = getattr(node, "body", [])
        if body and isinstance(body[0], ast.Expr) and _str_constant(body[0].value) is not None:
            self.seen.add(id(body[0].value))

    def visit_Call(self, node: ast.Call) -> None:
        for argument in self.program.sink_arguments(node, self.owners[-1]):
            if id(argument) not in self.seen:
                self.strict(argument)
        if (target := self.program.definition(self.path, node.func)) in self.program.templates:
            read = [self.call_of_template(node, template)
                    for template in self.program.templates[target]]
            self.template_calls.append((target, all(read)))
        self.generic_visit(node)

    def call_of_template(self, call: ast.Call, template: _Template) -> bool:
        """The ids ``start_page("risk_page", ...)`` makes ``t(f"{page}.title")`` say: checked
        here, at the call, when its arguments can be read; else the template's family stands."""
        given: dict[str, list[str] | None] = {}
        for name, position in template.params.items():
            argument = call.args[position] if position < len(call.args) else next(
                (kw.value for kw in call.keywords if kw.arg == name), None)
            given[name] = None if argument is None or isinstance(argument, ast.Starred) \
                else self.argument_texts(argument)
        choices = [[v.value] if isinstance(v, ast.Constant) else given[v.value.id]
                   for v in template.node.values]
        if None in choices or _product(choices) > MAX_EXPANSION:
            return False
        for key in dict.fromkeys("".join(c) for c in itertools.product(*choices)):
            self.use(call, key, strict=True)
        return True

    def argument_texts(self, node: ast.expr) -> list[str] | None:
        if isinstance(node, ast.Name):
            return self.texts(node)
        if isinstance(node, ast.IfExp):
            body, orelse = self.argument_texts(node.body), self.argument_texts(node.orelse)
            return body + orelse if body is not None and orelse is not None else None
        return self.program.strings(node, self.path)

    # -- lookalikes: constants and f-strings that start with a catalogue prefix ------------------
    def visit_Constant(self, node: ast.Constant) -> None:
        value = _str_constant(node)
        if value is None or id(node) in self.seen:
            return
        value = value.removeprefix("@")  # a boundary message's parameter that names a message
        if value in self.keys or self.looks_like_id(value):
            self.use(node, value)
        elif value.endswith(".") and self.looks_like_id(value + "x"):  # "risk." + level
            self.use(node, value + "…", re.escape(value) + ANYTHING)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        if id(node) not in self.seen:
            parts: list[ast.expr | str] = list(node.values)
            literal = [_str_constant(p) for p in parts]
            if literal and literal[0] is not None:
                parts[0] = literal[0] = literal[0].removeprefix("@")
                sample = "".join("x" if text is None else text for text in literal)
                if self.looks_like_id(sample) and all(
                        text is None or re.fullmatch(r"[a-z0-9_.]*", text) for text in literal):
                    self.built(node, parts, strict=False)
            self.seen.update(id(v) for v in node.values if _str_constant(v) is not None)
        self.generic_visit(node)

    def looks_like_id(self, value: str) -> bool:
        if not DOTTED_ID.fullmatch(value):
            return False
        words = value.split(".")
        return (words[0] in self.prefixes and words[-1] not in FILE_SUFFIXES
                and not self.is_module(words))

    def is_module(self, words: list[str]) -> bool:
        """``cli.data`` or ``cli.data.main`` where ``cli/data.py`` is a module of the
        repository."""
        for end in range(2, len(words) + 1):
            path = self.root.joinpath(*words[:end])
            if path.with_suffix(".py").is_file() or (path / "__init__.py").is_file():
                return True
        return False


def _product(choices: list[list[str]]) -> int:
    count = 1
    for options in choices:
        count *= len(options)
    return count


# --- the checks -----------------------------------------------------------------------------------
def scan(sources: dict[str, str], keys: Iterable[str], root: Path = ROOT) -> list[Use]:
    """Every use of a message id in ``sources`` (path -> Python text), read against the ids
    ``keys`` of the catalogue (their prefixes decide which constants look like ids)."""
    keys = set(keys)
    prefixes = {key.split(".", 1)[0] for key in keys}
    program = _Program(sources)
    uses: list[Use] = []
    families: list[tuple[Use, tuple[str, str]]] = []
    calls: dict[tuple[str, str], list[bool]] = {}
    for path, tree in program.trees.items():
        scanner = _Scanner(program, path, keys, prefixes, root)
        scanner.visit(tree)
        families += [(scanner.uses[i], function) for i, function in scanner.template_uses.items()]
        for function, read in scanner.template_calls:
            calls.setdefault(function, []).append(read)
        uses += scanner.uses
    # A template's family stands for the ids of its calls only if each of them could be read and
    # the function is named nowhere else (handed on as a callback, its calls are out of sight).
    mentions = _mentions(program)
    read_everywhere = {function for function, read in calls.items()
                       if all(read) and mentions.get(function[1], 0) == len(read)}
    dropped = {id(use) for use, function in families if function in read_everywhere}
    return [use for use in uses if id(use) not in dropped]


def _mentions(program: _Program) -> dict[str, int]:
    """How often each name is used (called or not) outside its own definition."""
    counts: dict[str, int] = {}
    for tree in program.trees.values():
        for node in ast.walk(tree):
            name = node.id if isinstance(node, ast.Name) else \
                node.attr if isinstance(node, ast.Attribute) else None
            if name:
                counts[name] = counts.get(name, 0) + 1
    return counts


def problems(uses: Iterable[Use], keys: Iterable[str]) -> list[str]:
    """One line per use that names no id of the catalogue."""
    keys = set(keys)
    out = set()
    for use in uses:
        if use.pattern is None and use.text not in keys:
            out.add(f"{use.where}: {use.text!r} is not in the catalogue")
        elif use.pattern is not None and not any(use.matches(key) for key in keys):
            out.add(f"{use.where}: no id of the catalogue is {use.text!r}")
    return sorted(out, key=lambda line: (line.split(":")[0], int(line.split(":")[1]), line))


def unused(uses: Iterable[Use], keys: Iterable[str]) -> set[str]:
    """The ids that no use names, by itself or as one of a family."""
    uses = list(uses)
    named = {use.text for use in uses if use.pattern is None}
    patterns = [re.compile(use.pattern) for use in uses if use.pattern is not None]
    return {key for key in keys
            if key not in named and not any(p.fullmatch(key) for p in patterns)}
