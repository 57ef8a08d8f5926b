"""The pack format as JSON Schema, generated from the msgspec structs of content/model.py (never written by hand).

One schema per kind of pack file (pack.yaml, a scene file, the people file), each with every definition, so an
editor given one of them (VS Code's YAML extension: a `# yaml-language-server: $schema=...` first line) validates
and completes that file as it is typed. Draft 7: the draft YAML editors understand best. The committed copies in
resources/schema/ are what the wheel ships and `huzhou-viewer schema` prints; tests/content/test_json_schema.py
fails when they and the model drift apart (tools/schemas.py writes them afresh).
"""

from __future__ import annotations

import json

import msgspec

from huzhou_viewer.content.model import PackFile, PeopleFile, Scene
from huzhou_viewer.content.words import SOURCE

DRAFT = "http://json-schema.org/draft-07/schema#"
KINDS = {"pack": PackFile, "scene": Scene, "people": PeopleFile}
TITLES = {
    "pack": "Huzhou Viewer content pack: pack.yaml",
    "scene": "Huzhou Viewer content pack: a scene file",
    "people": "Huzhou Viewer content pack: the people file",
}


def schema_file_name(kind: str) -> str:
    return f"{kind}.schema.json"


def pack_schemas() -> dict[str, dict[str, object]]:
    """{kind: schema} for every kind of pack file."""
    refs, definitions = msgspec.json.schema_components(list(KINDS.values()), ref_template="#/definitions/{name}")
    _name_the_words(definitions)
    return {
        kind: {"$schema": DRAFT, "title": TITLES[kind], **ref, "definitions": definitions}
        for kind, ref in zip(KINDS, refs)
    }


def _name_the_words(definitions: dict) -> None:
    """`words:` takes the program's word keys only (validate errs on any other): each one named, with its English
    as its description, so that an editor completes the keys and says what each one is."""
    words = definitions["PackFile"]["properties"]["words"]
    definitions["Word"] = words.pop("additionalProperties")
    words["properties"] = {key: {"allOf": [{"$ref": "#/definitions/Word"}], "description": english}
                           for key, english in SOURCE.items()}
    words["additionalProperties"] = False


def schema_text(kind: str) -> str:
    """The schema of `kind` as the committed file holds it."""
    return json.dumps(pack_schemas()[kind], indent=2, ensure_ascii=False) + "\n"
