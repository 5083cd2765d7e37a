"""What users are told, kept as a message id and its parameters until it is said in a language.

``Message`` is such a text as a value (a note or a refusal in a report's list). ``LocalizedError``
is the one exception type for a refusal users can act on: a file that cannot be read
(``loaders.readers.ReadError``), a boundary file or action refused
(``loaders.boundaries.BoundaryError``), an account action refused (``accounts.errors.AccountError``),
a store that refuses (``storage.base.StoreError``) or cannot be used (``storage.faults``). Pages and
the command line say any of them with ``error.message(lang)``; a report keeps one as
``error.as_message()``.

Parameters are said in the same language as the text, in one place (``say_param``): a float in
the language's number format, a ``Message`` (a level's name, a scheme's name) in its own words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Protocol, runtime_checkable

from i18n import DEFAULT_LANGUAGE, fmt_number, t


@runtime_checkable
class Sayable(Protocol):
    """Anything that says itself in a language (a ``Message``; a lookup error's explanation)."""

    def text(self, lang: str) -> str: ...


def say_param(value: object, lang: str) -> object:
    """One parameter as the text shows it. Ints (rows, years, versions) and text stay as they are:
    a file or user name is never taken for a message id, whatever it starts with."""
    if isinstance(value, Sayable) and not isinstance(value, str):
        return value.text(lang)
    if isinstance(value, float):
        return fmt_number(value, lang)
    return value


@dataclass(frozen=True)
class Message:
    """A text for users before it is said: ``Message("boundaries.note.units", {"count": 3,
    "level": Message("boundaries.level.desa")}).text("en")``."""

    message_id: str
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def key(self) -> str:
        # The name boundary reports (and their tests) have read the id by since the first import.
        return self.message_id

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return t(self.message_id, lang, **{k: say_param(v, lang) for k, v in self.params.items()})


class LocalizedError(Exception):
    """A refusal users can act on: a message id and its parameters, said in their language by
    ``message(lang)``. Subclasses name the kind of refusal (a file, an account, ...); one whose
    refusal always says the same thing names its id once as the class's ``message_id``."""

    message_id: str = ""

    def __init__(self, message_id: str | None = None, /, **params: object):
        if message_id:
            self.message_id = message_id
        self.params = params
        # The raw id and parameters, for logs; cli.boundaries._detail knows this shape.
        super().__init__(f"{self.message_id} {params}")

    def say_param(self, name: str, value: object, lang: str) -> object:
        """How the parameter ``name`` is written; a subclass whose parameters follow a naming rule
        (``ReadError``: sizes, counts) extends this, and only this."""
        return say_param(value, lang)

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return t(self.message_id, lang,
                 **{k: self.say_param(k, v, lang) for k, v in self.params.items()})

    def as_message(self) -> Message:
        """The refusal as a value for a report's list; said the same as ``message`` when the class
        does not extend ``say_param``."""
        return Message(self.message_id, dict(self.params))
