"""The clean feed's place mark: where the show is, among the seasons."""

from huzhou_viewer.show.labels import place_mark

SCENES = [{"kind": "title", "label": "Opening"}, {"kind": "season", "label": "Spring"},
          {"kind": "season", "label": "Summer"}, {"kind": "gallery", "label": "People"}]


def test_a_season_says_its_name_and_its_place_among_the_seasons():
    assert place_mark(SCENES, 2) == "Summer · 2 / 2"
    assert place_mark(SCENES, 1) == "Spring · 1 / 2"


def test_the_scenes_around_the_seasons_have_no_mark():
    assert place_mark(SCENES, 0) == "" and place_mark(SCENES, 3) == ""
