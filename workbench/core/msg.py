"""Text the core builds now and translates when it is shown (``Msg``).

Some text the core produces is both stored or printed in English and shown on screen: a deadline's
title and "why this date" explanation are saved in the vault and printed by the CLI, the filing
checklist goes into the cover letter, a form check's message is matched by the questionnaire.
Translating those when they are built would store Spanish in the vault (and flip it with the
interface language), so they are built as ``Msg``: a ``str`` whose value is the English text,
which also remembers its context, its source string and its placeholders. Everything that treats
it as a string (storing, printing, comparing, tests) sees the English; the place that shows it
calls ``tr(value)`` and gets it in the interface language.

The source strings are marked for ``lupdate`` where they are written:
``Msg("deadlines", QT_TRANSLATE_NOOP("deadlines", "Start: {label}: {date}."), label=..., date=...)``.
Placeholder values may be ``Msg`` themselves (translated too) or plain values (shown as they are);
``n`` makes it a plural (``%n`` in the source, as ``translate(context, text, None, n)``).
A ``Msg`` with context ``None`` only assembles its parts (``Msg.join``) and is not translated.
"""

from __future__ import annotations

from typing import Any

from .i18n import translate


def _fill(text: str, args: dict[str, Any], convert) -> str:
    if not args:
        return text
    return text.format(**{k: convert(v) for k, v in args.items()})


def _english(value: Any) -> Any:
    return str.__str__(value) if isinstance(value, str) else value


class Msg(str):
    """English text that can translate itself later (see the module docstring)."""

    context: str | None
    source: str
    args: dict[str, Any]
    n: int

    def __new__(cls, context: str | None, source: str, /, *, n: int = -1, **args: Any) -> "Msg":
        english = source.replace("%n", str(n)) if n >= 0 else source
        self = super().__new__(cls, _fill(english, args, _english))
        self.context, self.source, self.args, self.n = context, source, args, n
        return self

    def tr(self) -> str:
        """The text in the interface language (English when no translator is installed)."""
        text = translate(self.context, self.source, None, self.n) if self.context else self.source
        return _fill(text, self.args, tr)

    @classmethod
    def join(cls, *parts: Any, sep: str = " ") -> "Msg":
        """Paragraphs (each translated on its own) joined by ``sep``, e.g. a shared nuance and its rule's."""
        names = [f"p{i}" for i in range(len(parts))]
        return cls(None, sep.join("{%s}" % n for n in names), **dict(zip(names, parts)))

    def __reduce__(self):
        return (_rebuild, (type(self), self.context, self.source, self.args, self.n))


def _rebuild(cls, context, source, args, n=-1):
    return cls(context, source, n=n, **args)


class Lowered(Msg):
    """``value`` in lower case inside a sentence: all lower case in English (as the text always read),
    only the first letter lowered in a translation (so names keep their capitals)."""

    def __new__(cls, value: Any) -> "Lowered":  # type: ignore[override]
        self = str.__new__(cls, str(value).lower())
        self.context, self.source, self.args, self.n = None, "{value}", {"value": value}, -1
        return self

    def tr(self) -> str:
        text = tr(self.args["value"])
        return text[:1].lower() + text[1:]

    def __reduce__(self):
        return (Lowered, (self.args["value"],))


def tr(value: Any) -> Any:
    """``value`` in the interface language if it is a ``Msg``; anything else unchanged."""
    return value.tr() if isinstance(value, Msg) else value


__all__ = ["Lowered", "Msg", "tr"]
