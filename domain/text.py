"""Text from files, shown on a terminal: control characters made visible.

A cell holding ESC [2J clears the screen of whoever runs ``python -m loaders import``; an OSC
sequence retitles their terminal or, on some terminals, writes to the clipboard. Everything the
command line prints passes through :func:`visible`, which writes C0 and C1 control characters (and
DEL, and the Unicode bidirectional overrides that reorder what is shown) as escapes such as
``\\x1b`` instead of sending them to the terminal. Newlines and tabs are kept, except where a line
is meant to stay one line (``keep_newlines=False``).
"""

from __future__ import annotations

import io
import re
import sys
from typing import TextIO

# C0 except \t and \n, DEL, C1; the bidi embeddings/overrides/isolates; the line and paragraph
# separators that some terminals honour.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_CONTROL_ALL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _escape(match: re.Match) -> str:
    char = match.group(0)
    code = ord(char)
    if code == 0x0A:
        return "\\n"
    if code == 0x09:
        return "\\t"
    if code == 0x0D:
        return "\\r"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: object, keep_newlines: bool = True) -> str:
    """``text`` with every control character written as an escape (``\\x1b``, ``\\u202e``)."""
    pattern = _CONTROL if keep_newlines else _CONTROL_ALL
    return pattern.sub(_escape, str(text))


class VisibleStream(io.TextIOBase):
    """A text stream that writes to ``raw`` with control characters made visible. ``raw`` is
    kept as an attribute for the one writer that means its own carriage return (the progress
    line of ``python -m loaders import``)."""

    def __init__(self, raw: TextIO):
        super().__init__()
        self.raw = raw

    def write(self, text: str) -> int:  # type: ignore[override]
        self.raw.write(visible(text))
        return len(text)

    def flush(self) -> None:
        self.raw.flush()

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self.raw.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.raw, "encoding", "utf-8")


def raw_stream(stream: TextIO) -> TextIO:
    """The stream under a :class:`VisibleStream`, or ``stream`` itself."""
    return stream.raw if isinstance(stream, VisibleStream) else stream


class visible_output:
    """Context manager: sys.stdout and sys.stderr make control characters visible inside it."""

    def __enter__(self) -> "visible_output":
        self._saved = sys.stdout, sys.stderr
        if not isinstance(sys.stdout, VisibleStream):
            sys.stdout = VisibleStream(sys.stdout)  # type: ignore[assignment]
        if not isinstance(sys.stderr, VisibleStream):
            sys.stderr = VisibleStream(sys.stderr)  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:  # noqa: BLE001 - a closed stream at exit is not worth a traceback
                pass
        sys.stdout, sys.stderr = self._saved
