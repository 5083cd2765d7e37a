"""Screens and widget texts, in one place: the CSS every page gets (projector at 1366x768, laptop
at 800 px) and the wrappers that put Streamlit's built-in English widget texts into the user's
language. Offline: plain CSS and a few lines of script, nothing loaded from anywhere.

Streamlit 1.67 has parameters for some built-in texts (``st.multiselect``'s ``placeholder``; its
"Select all" entry can only be switched off with ``select_all=False``) and none for the file
uploader's button ("Upload") and its limit line ("50MB per file • CSV, XLSX"). Those two are
replaced by CSS, scoped to the one uploader by its key, as the last resort the brief allows.
"""

from __future__ import annotations

from typing import Sequence

import streamlit as st

from i18n import fmt_number, t

#: Below this width the sidebar floats over the page (and starts folded) instead of taking
#: 300 px from it: at 800 px the page keeps its whole width.
NARROW_PX = 1000

_CSS = """
<style>
/* Tables and charts never push the page sideways; long cells wrap inside st.table. */
[data-testid="stMainBlockContainer"] { max-width: 100%; }
[data-testid="stTable"] td, [data-testid="stTable"] th { white-space: normal;
  overflow-wrap: anywhere; }
[data-testid="stVegaLiteChart"], [data-testid="stArrowVegaLiteChart"] { max-width: 100%;
  overflow-x: auto; }
/* Filter chips wrap onto more rows (also set with wrap=True); never cut at the widget edge. */
[data-testid="stMultiSelect"] [data-baseweb="select"] > div { flex-wrap: wrap; }
@media (max-width: NARROWpx) {
  section[data-testid="stSidebar"] { position: fixed !important; top: 0; left: 0; bottom: 0;
    z-index: 999990; box-shadow: 0 0 24px rgba(0, 0, 0, .25); }
  [data-testid="stMainBlockContainer"] { padding-left: 1rem; padding-right: 1rem; }
  /* Columns stack when there is no room for them side by side. */
  [data-testid="stHorizontalBlock"] { flex-wrap: wrap; }
  [data-testid="stHorizontalBlock"] > [data-testid="stColumn"] { min-width: min(100%, 320px); }
}
</style>
"""

# Fold the sidebar once per browser tab on a narrow screen; the user can open it again.
_FOLD_SCRIPT = """
<script>
(function () {
  var doc = window.parent && window.parent.document ? window.parent.document : document;
  var win = doc.defaultView || window;
  if (win.innerWidth > NARROW) return;
  try { if (win.sessionStorage.getItem("kaltim-sidebar-folded")) return; } catch (e) {}
  var tries = 0;
  var timer = win.setInterval(function () {
    var bar = doc.querySelector('section[data-testid="stSidebar"]');
    var button = doc.querySelector('[data-testid="stSidebarCollapseButton"] button');
    tries += 1;
    if (bar && button && bar.getAttribute("aria-expanded") !== "false") {
      button.click();
      try { win.sessionStorage.setItem("kaltim-sidebar-folded", "1"); } catch (e) {}
      win.clearInterval(timer);
    } else if (bar && bar.getAttribute("aria-expanded") === "false" || tries > 40) {
      win.clearInterval(timer);
    }
  }, 100);
})();
</script>
"""


def apply() -> None:
    """The page CSS (screens) and, on narrow screens, the sidebar folded once. Call once per run
    from the entry point, before the pages draw."""
    st.html(_CSS.replace("NARROW", str(NARROW_PX)))
    st.html(_FOLD_SCRIPT.replace("NARROW", str(NARROW_PX)), unsafe_allow_javascript=True)


def multiselect_texts(lang: str, placeholder: str | None = None) -> dict:
    """Keyword arguments for st.multiselect in the user's language: the placeholder, and no
    English "Select all" entry (Streamlit offers no label for it), chips that wrap."""
    return {"placeholder": placeholder or t("widget.choose_options", lang), "select_all": False,
            "wrap": True}


def _css_string(text: str) -> str:
    """``text`` as a CSS string literal: letters, digits, spaces and plain punctuation as they
    are, everything else (quotes, backslash, '<', non-ASCII such as '·') as a CSS escape, so the
    text can neither end the string nor close the style element."""
    safe = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;()/-_+%")
    return '"' + "".join(c if c in safe else f"\\{ord(c):x} " for c in text) + '"'


def file_uploader_texts_css(key: str, lang: str, types: Sequence[str], limit_mb: float) -> str:
    """CSS that writes the uploader's button and limit line in ``lang``, for the uploader with
    ``key`` only (Streamlit marks its container with the class ``st-key-<key>``)."""
    scope = f".st-key-{key}"
    limit = t("widget.upload.limit", lang, limit_mb=fmt_number(limit_mb, lang),
              types=", ".join(s.upper() for s in types))
    return (
        "<style>"
        f'{scope} [data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p'
        "{display:none}"
        f'{scope} [data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"]'
        f"::after{{content:{_css_string(t('widget.upload', lang))}}}"
        f'{scope} [data-testid="stFileUploaderDropzoneInstructions"] *{{display:none}}'
        f'{scope} [data-testid="stFileUploaderDropzoneInstructions"]'
        f"::after{{content:{_css_string(limit)};font-size:14px;opacity:.7}}"
        "</style>"
    )


def file_uploader(label: str, lang: str, types: Sequence[str], key: str,
                  limit_mb: float | None = None, shown_limit_mb: float | None = None, **kwargs):
    """st.file_uploader with its built-in texts in the user's language. ``limit_mb`` is the
    uploader's own limit (else Streamlit's server.maxUploadSize); ``shown_limit_mb`` the limit
    to state when the app refuses files below the widget's own cap (the Data page)."""
    if limit_mb is None:
        limit_mb = float(st.get_option("server.maxUploadSize"))
    else:
        kwargs["max_upload_size"] = int(limit_mb)
    shown = limit_mb if shown_limit_mb is None else shown_limit_mb
    st.html(file_uploader_texts_css(key, lang, types, shown))
    return st.file_uploader(label, type=list(types), key=key, **kwargs)
