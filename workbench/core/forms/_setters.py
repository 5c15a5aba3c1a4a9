"""Setting one field's value: text, check box / radio button, choice. Each setter checks first and
changes the document only when the whole value is acceptable, so a refused value leaves the field
exactly as it was.

Why strictness: a USCIS form with an answer cut short, or a box ticked with the wrong export value
(the I-918, I-360 and G-28 unit boxes export ``/ STE ``, ``/ APT ``, ``/ FLR `` with spaces), is
wrong on paper while looking right on screen. So MaxLen is enforced, export values must match
exactly, and anything the engine cannot show faithfully is refused with a reason.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any

from ._appearance import DoesNotFit, Unencodable, check_appearance, font_for, text_appearance
from ._fields import FF_COMB, FF_EDIT, FF_MULTILINE, FF_MULTISELECT, FieldNode, normal_states, on_states, options
from ._pdf_document import PdfDocument
from ._pdf_syntax import Name, Stream
from ._xfa_hints import ruled_lines, short_name


_CONTROL = re.compile("[\x00-\x09\x0b-\x1f]")  # control characters other than a line break


class Refuse(Exception):
    """The value was not set; ``str()`` says why (without repeating the value: it may be private)."""


class Context:
    """What the setters share during one fill: the document, the AcroForm and a font cache."""

    def __init__(self, doc: PdfDocument, acro: dict, min_font_size: float) -> None:
        self.doc = doc
        self.acro = acro
        self.min_font_size = min_font_size
        self.fonts: dict = {}
        self._rules: dict | None = None

    def rules_for(self, name: str) -> tuple[float, float] | None:
        """The XFA line spacing of a ruled multiline box (read once, while /XFA is still there)."""
        if self._rules is None:
            # Memoized per official blank and shared by later fills: handed out read-only.
            self._rules = self.doc.memo("xfa-ruled-lines", lambda: MappingProxyType(ruled_lines(self.doc, self.acro)))
        return self._rules.get(short_name(name))


def _clear_text(ctx: Context, node: FieldNode) -> list[str]:
    node.obj.pop("V", None)
    for w in node.widgets:
        w.annot.pop("AP", None)
    return []


def set_text(ctx: Context, node: FieldNode, value: Any, *, choice_display: str | None = None) -> list[str]:
    """Set a text field (or show a choice): checks MaxLen, comb, line breaks, font, fit."""
    if not isinstance(value, str):
        raise Refuse("a text box takes text, not a yes/no value")
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    shown = text if choice_display is None else choice_display
    ff = node.ff
    multiline = bool(ff & FF_MULTILINE)
    if "\n" in shown and not multiline:
        raise Refuse("this box holds one line; the answer has a line break")
    if _CONTROL.search(shown):
        raise Refuse("the answer holds control characters (tabs or similar)")
    maxlen = ctx.doc.resolve(node.inh("MaxLen"))
    maxlen = int(maxlen) if isinstance(maxlen, (int, float)) and maxlen > 0 else None
    if choice_display is None and maxlen is not None and len(text) > maxlen:
        raise Refuse(f"{len(text)} characters; the box takes at most {maxlen}")
    if not text and choice_display is None:
        return _clear_text(ctx, node)
    comb = maxlen if (ff & FF_COMB and maxlen and not multiline and choice_display is None) else None
    quadding = ctx.doc.resolve(node.inh("Q", 0))
    quadding = int(quadding) if isinstance(quadding, (int, float)) else 0
    da = ctx.doc.resolve(node.inh("DA", ctx.acro.get("DA")))
    notes: list[str] = []
    streams: list[Stream] = []
    for w in node.widgets:
        w_da = ctx.doc.resolve(w.annot.get("DA", da))
        font = font_for(ctx.doc, ctx.acro, w_da, ctx.fonts)
        try:
            stream, size = text_appearance(font, w.annot, ctx.doc, shown, comb=comb, multiline=multiline,
                                           quadding=quadding, min_size=ctx.min_font_size,
                                           rules=ctx.rules_for(node.name) if multiline else None)
        except (DoesNotFit, Unencodable) as exc:
            raise Refuse(str(exc)) from None
        if font.size and size < font.size:
            notes.append(f"set in {size:g} pt instead of {font.size:g} pt to fit the box")
        streams.append(stream)
    node.obj[Name("V")] = text
    for w, stream in zip(node.widgets, streams):
        w.annot[Name("AP")] = {Name("N"): ctx.doc.add(stream)}
    return notes


def set_choice(ctx: Context, node: FieldNode, value: Any) -> list[str]:
    """Set a combo or list box to one of its options (by export value, else by display text, else by
    export value without surrounding spaces: some blanks pad their codes, and the option is written
    exactly as the blank holds it)."""
    if not isinstance(value, str):
        raise Refuse("a drop-down list takes one of its options, not a yes/no value")
    if node.ff & FF_MULTISELECT:
        raise Refuse("multiple-selection lists are not supported")
    opts = options(ctx.doc, node)
    index = next((i for i, (export, _) in enumerate(opts) if export == value), None)
    if index is None:
        index = next((i for i, (_, shown) in enumerate(opts) if shown == value), None)
    if index is None and value.strip():  # the I-912's state list holds " TX": the option is still TX
        index = next((i for i, (export, _) in enumerate(opts) if export.strip() == value.strip()), None)
    if index is None and not (node.ff & FF_EDIT):
        raise Refuse(f"not one of the {len(opts)} options of this list")
    export, shown = opts[index] if index is not None else (value, value)
    notes = set_text(ctx, node, export, choice_display=shown)
    if index is None:
        node.obj.pop("I", None)
    else:
        node.obj[Name("I")] = [index]
    return notes


def set_button(ctx: Context, node: FieldNode, value: Any) -> list[str]:
    """Turn a check box or radio button on (exact export value, or True if it has one) or off."""
    states = on_states(ctx.doc, node)
    opt_texts = [export for export, _ in options(ctx.doc, node)]
    if value is False or value == "Off":
        state = "Off"
    elif value is True:
        if len(states) != 1:
            raise Refuse(f"this box has {len(states)} export values; name the one to set: {states!r}")
        state = states[0]
    elif isinstance(value, str):
        if value in states:
            state = value
        elif value in opt_texts:
            # /Opt boxes name their states by widget index (/0, /1, ...) and export the /Opt text.
            state = str(opt_texts.index(value))
            if state not in states:
                raise Refuse(f"the box for option {value!r} has no 'on' appearance")
        else:
            shown = states + [t for t in opt_texts if t not in states]
            raise Refuse(f"not an export value of this box; it takes exactly one of {shown!r}")
    else:
        raise Refuse("a check box takes True/False or its export value")
    doc = ctx.doc
    if state != "Off" and node.widgets and not any(state in normal_states(doc, w.annot) for w in node.widgets):
        # The state exists only in /D, or the widget has no appearance: draw an 'on' one for it.
        i = int(state) if state.isdigit() and int(state) < len(node.widgets) else 0
        target = node.widgets[i].annot
        ap = doc.resolve(target.get("AP"))
        if not isinstance(ap, dict):
            ap = target[Name("AP")] = {}
        n = doc.resolve(ap.get("N"))
        if not isinstance(n, dict) or isinstance(n, Stream):
            n = ap[Name("N")] = {}
        n[Name(state)] = doc.add(check_appearance(doc, ctx.acro, target))
    node.obj[Name("V")] = Name(state)
    for w in node.widgets:
        w.annot[Name("AS")] = Name(state) if state in normal_states(doc, w.annot) else Name("Off")
        if w.annot is not node.obj:
            w.annot.pop("V", None)
    return []
