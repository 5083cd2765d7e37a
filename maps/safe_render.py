"""Render folium maps without evaluating data as Jinja templates.

branca (folium's base) renders each element's ``header``/``html``/``script`` macro, then wraps the
*output* in ``Element(output)``, which compiles that output as a new Jinja template and renders it
a second time when the page is assembled. The output contains the data: a tooltip, a district
name or a report's source. A value such as ``{{ 7*7 }}`` in an uploaded file then shows as ``49``,
``{% if %}`` breaks the page with a template error, and Jinja expressions reach Python objects
(server-side template injection). Compiling the output also costs a quarter of a page rerun: the
GeoJSON of a layer is parsed as a template on every render.

``install()`` replaces the three render methods that do this (branca's ``MacroElement.render``
and ``Div.render``, folium's ``Popup.render``) with copies that keep the output verbatim
(``RenderedText``). Everything else of
branca and folium is unchanged: a map's first render pass is the same Jinja code, and for data
without Jinja syntax the HTML is byte-for-byte what branca makes (``tests/unit/test_safe_render.py``
compares them). The one branca feature lost is a second pass that folium uses to resolve style
values that are elements (fill patterns in ``GeoJson`` style maps), which this project does not use.
"""

from __future__ import annotations

from branca.element import Div, Element, Figure, MacroElement
from folium.map import Popup

ORIGINAL_RENDER = {"MacroElement": MacroElement.render, "Div": Div.render, "Popup": Popup.render}
# The releases whose methods are mirrored below; a newer one must be re-read before its pin moves
# (tests/unit/test_safe_render.py fails on another version to say so).
MIRRORED_VERSIONS = {"branca": "0.8.2", "folium": "0.20.0"}


class RenderedText(Element):
    """Output of a template that is already rendered: rendered again as itself, never compiled."""

    def __init__(self, text: str):
        super().__init__()
        self._name = "RenderedText"
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


def _add_macros(element: Element, figure: Figure, kwargs: dict) -> None:
    module = element._template.module.__dict__
    for part in ("header", "html", "script"):
        macro = module.get(part)
        if macro is not None:
            getattr(figure, part).add_child(RenderedText(macro(element, kwargs)),
                                            name=element.get_name())


def _macro_element_render(self: MacroElement, **kwargs) -> None:
    figure = self.get_root()
    assert isinstance(figure, Figure), "You cannot render this Element if it is not in a Figure."
    _add_macros(self, figure, kwargs)
    for element in self._children.values():
        element.render(**kwargs)


def _div_render(self: Div, **kwargs) -> None:
    figure = self._parent
    assert isinstance(figure, Figure), "You cannot render this Element if it is not in a Figure."
    for element in self._children.values():
        element.render(**kwargs)
    for name, element in self.header._children.items():
        figure.header.add_child(element, name=name)
    for name, element in self.script._children.items():
        figure.script.add_child(element, name=name)
    _add_macros(self, figure, kwargs)


def _popup_render(self: Popup, **kwargs) -> None:
    for element in self._children.values():
        element.render(**kwargs)
    figure = self.get_root()
    assert isinstance(figure, Figure), "You cannot render this Element if it is not in a Figure."
    figure.script.add_child(RenderedText(self._template.render(this=self, kwargs=kwargs)),
                            name=self.get_name())


PATCHED = {"MacroElement": (MacroElement, _macro_element_render), "Div": (Div, _div_render),
           "Popup": (Popup, _popup_render)}


def install() -> None:
    """Idempotent; runs when ``maps`` is imported, before any map is built."""
    for cls, method in PATCHED.values():
        cls.render = method


def uninstall() -> None:
    """Back to branca's and folium's own methods (tests compare both outputs)."""
    for name, (cls, _) in PATCHED.items():
        cls.render = ORIGINAL_RENDER[name]


def installed() -> bool:
    return all(cls.render is method for cls, method in PATCHED.values())
