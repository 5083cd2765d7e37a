"""Text from files, made safe for Streamlit's markdown (st.markdown, st.caption, st.info...)."""

from __future__ import annotations

import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$])")


def md_escape(text: object) -> str:
    """No link, image, HTML or formatting survives: a source written as
    ``![x](http://host/p.png)`` would otherwise make every viewer's browser fetch it."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))
