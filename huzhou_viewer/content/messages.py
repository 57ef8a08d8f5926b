"""What `validate`, `preflight` and `import-people` tell the user, in the user's language.

A message is built once, in English, by `said("unknown {what} '{value}'", what=..., value=...)`: a `Said` is the
English text (a str, so every check, test and log line reads it as before) that also keeps its template and
fields, so a report can say it again in another language (`in_language`). A field may itself be a Said (a
fragment such as "; did you mean 'x'?"), said in the same language. The templates are extracted by
`make locale` into huzhou_viewer/locale/checks.pot (keywords said, said_n, and template for a table's) and translated in
<language>/LC_MESSAGES/checks.po, a catalogue of their own: a translator of the screen's words need not take
these, and the show never loads them.

A translation that names a field the English lacks, or is not a valid template, is not used: the English is.
A number in a field written {x:,} is grouped the way the catalogue's language groups thousands (CLDR's, through
Babel: 200.000 in German), as str.format groups it (200,000) in English.
"""

from __future__ import annotations

import gettext
import os
import string
from functools import cache
from typing import Any

from huzhou_viewer.content.words import LOCALE_DIR, SOURCE_LANGUAGE, catalogue_names

DOMAIN = "checks"
# gettext's order: LANGUAGE (a list, a:b) first, then the first of these that is set
_ENVIRONMENT = ("LC_ALL", "LC_MESSAGES", "LANG")


class Said(str):
    """The English of a message, with what it takes to say it in another language."""

    template: str
    plural: str | None
    fields: dict[str, Any]

    def __new__(cls, template: str, fields: dict[str, Any], plural: str | None = None, count: int = 1) -> Said:
        english = plural if plural is not None and count != 1 else template
        self = super().__new__(cls, english.format(**fields))
        self.template, self.plural, self.fields = template, plural, fields
        return self

    def __reduce__(self):  # pickled with its template (a str subclass would otherwise rebuild from the text)
        return _rebuild, (self.template, self.fields, self.plural)

    def told(self, catalogue: gettext.NullTranslations) -> str:
        """This message in the catalogue's language; English where the catalogue lacks it or cannot say it."""
        fields = {name: tell(value, catalogue) for name, value in self.fields.items()}
        if self.plural is None:
            translated = catalogue.gettext(self.template)
        else:
            translated = catalogue.ngettext(self.template, self.plural, int(self.fields.get("count", 1)))
        try:
            return _Numbers(catalogue.info().get("language")).format(translated, **fields)
        except (KeyError, IndexError, ValueError):  # a translation with a field of its own: say it in English
            english = self.template if self.plural is None or self.fields.get("count", 1) == 1 else self.plural
            return english.format(**fields)


class _Numbers(string.Formatter):
    """str.format, but for `language` (a catalogue's Language header, such as de or zh_Hant; None: English) a
    number in a field written {x:,} is grouped with the language's own mark (CLDR's, through Babel): the spec is
    the template's, so a translator keeps {x:,} as written."""

    def __init__(self, language: str | None) -> None:
        self.language = language

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "," and self.language and isinstance(value, int | float) and not isinstance(value, bool):
            return _grouped(value, self.language)
        return super().format_field(value, format_spec)


def _grouped(number: float, language: str) -> str:
    """`number` with its thousands grouped as `language` writes them (de: 200.000; fr: 200 000 with a narrow
    no-break space); as English groups them for a language CLDR does not know."""
    from babel import Locale, UnknownLocaleError  # only when a report is said in another language
    from babel.numbers import format_decimal

    try:
        return format_decimal(number, locale=Locale.parse(language.replace("-", "_")))
    except (ValueError, TypeError, UnknownLocaleError):
        return format(number, ",")


def _rebuild(template: str, fields: dict[str, Any], plural: str | None) -> Said:
    return Said(template, fields, plural, int(fields.get("count", 1)))


def said(template: str, **fields: Any) -> Said:
    """A message, from a template with {named} fields (str.format's; a spec such as {value:g} is kept)."""
    return Said(template, fields)


def template(text: str) -> str:
    """Marks a template that a table holds and said() is given later (extracted with the keyword template)."""
    return text


def said_n(singular: str, plural: str, count: int, **fields: Any) -> Said:
    """A message whose words change with `count` (also a field, {count}): gettext's plural forms."""
    return Said(singular, {"count": count, **fields}, plural, count)


def tell(message: object, catalogue: gettext.NullTranslations) -> Any:
    """`message` in the catalogue's language when it is a Said; anything else as it is."""
    return message.told(catalogue) if isinstance(message, Said) else message


def in_language(message: object, language: str | None) -> str:
    """`message` said in `language` (a tag such as de or zh-TW; None: the user's, from the environment)."""
    return str(tell(message, catalogue(language)))


def user_language(environment: dict[str, str] | None = None) -> str:
    """The language the user reads, as gettext finds it: LANGUAGE's first entry, else LC_ALL, LC_MESSAGES, LANG
    ('de_DE.UTF-8' -> 'de-DE'); English for C, POSIX or nothing set."""
    env = os.environ if environment is None else environment
    found = [part for part in env.get("LANGUAGE", "").split(":") if part]
    found += [value for name in _ENVIRONMENT if (value := env.get(name))][:1]
    for value in found:
        tag = value.split(".")[0].split("@")[0].replace("_", "-")
        if tag and tag not in ("C", "POSIX"):
            return tag
    return SOURCE_LANGUAGE


def catalogue(language: str | None) -> gettext.NullTranslations:
    """The messages' catalogue for `language` (None: the user's), falling back to its base language, then
    English."""
    return _catalogue(user_language() if language is None else language)


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    found = gettext.NullTranslations()
    for name in reversed(catalogue_names(language)):  # nearest last, so it is asked first
        path = LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.mo"
        if path.is_file():
            with path.open("rb") as file:
                nearer = gettext.GNUTranslations(file)
            nearer.add_fallback(found)
            found = nearer
    return found
