"""What the screen needs of a pack, as plain data in every language of the pack: the deck.

present.build_deck makes it from a Pack; the Qt side reads nothing else. This module imports nothing of
the pack's schema, so reading a kept deck stays cheap. Being plain data (JSON), the deck of a
pack that has not changed is kept from one start to the next (deck_cache.py), so the show starts without
parsing YAML or importing the pack's schema.
"""

from __future__ import annotations

from huzhou_viewer.show.labels import shown_words
from huzhou_viewer.show.views import AnySceneView, DeckData, PaletteView

# Raised when a field's meaning changes; a change of shape needs none (kept decks carry views.py's digest).
DECK_FORMAT = 8  # 4: texts the stage wraps carry break characters (show/breaks.py); 5: chart labels too; 6: bar
# labels; 7: the high-contrast palette and the portraits' discs in it; 8: a couplet's translation lines


class Deck:
    """Read-only access to deck data (a dict as built by build_deck)."""

    def __init__(self, data: DeckData) -> None:
        self.data = data

    @property
    def pack_id(self) -> str:
        return self.data["pack_id"]

    @property
    def date(self) -> str:
        return self.data["date"]

    @property
    def pack_version(self) -> str:
        return self.data.get("pack_version", "")

    @property
    def languages(self) -> list[str]:
        return self.data["languages"]

    @property
    def default_language(self) -> str:
        return self.data["default_language"]

    @property
    def palette(self) -> PaletteView:
        return self.data["palette"]

    @property
    def scene_ids(self) -> list[str]:
        return self.data["scene_ids"]

    @property
    def step_counts(self) -> tuple[int, ...]:
        return tuple(self.data["step_counts"])

    @property
    def durations(self) -> tuple[float | None, ...]:
        """Seconds planned per scene (None: not given, the player's default applies)."""
        return tuple(self.data["durations"])

    @property
    def warnings(self) -> list[str]:
        return self.data["warnings"]

    def language(self, wanted: str | None) -> str:
        """`wanted` when the pack has it, else the pack's default language."""
        return wanted if wanted in self.languages else self.default_language

    def title(self, language: str) -> str:
        return self.data["by_language"][self.language(language)]["title"]

    def language_name(self, language: str) -> str:
        return self.data["by_language"][self.language(language)]["name"]

    def scenes(self, language: str) -> list[AnySceneView]:
        """The view data of every scene, in order, in `language`."""
        return self.data["by_language"][self.language(language)]["scenes"]

    def words(self, language: str) -> dict[str, str]:
        """The program's words in `language`, the pack's own (pack.yaml words:) winning over the catalogue's."""
        language = self.language(language)
        return shown_words(language, self.languages, self.data["by_language"][language].get("words", {}))

    def scene_index(self, scene_id: str) -> int | None:
        return self.scene_ids.index(scene_id) if scene_id in self.scene_ids else None
