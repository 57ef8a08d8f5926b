"""What a screen reader says when the show moves: the scene's title and the step, and whose page it is."""

from huzhou_viewer.show.labels import spoken_place

WORDS = {"a11y-step": "Step {step} of {steps}"}
GALLERY = {"kind": "gallery", "title": "The people\u2060 behind", "label": "People",
           "people": [{"name": "Fan Li"}, {"name": "Wu Tong"}]}


def test_a_move_says_the_scene_title_as_written_and_the_step():
    season = {"kind": "season", "title": "Summer: the\u2060 surge", "label": "Summer"}
    assert spoken_place(season, WORDS, 1, 5) == "Summer: the surge, Step 2 of 5"
    assert spoken_place(season, WORDS, 0, 1) == "Summer: the surge"


def test_an_honourees_page_says_whose_it_is():
    assert spoken_place(GALLERY, WORDS, 2, 3) == "The people behind, Wu Tong, Step 3 of 3"
    assert spoken_place(GALLERY, WORDS, 0, 3) == "The people behind, Step 1 of 3"  # the grid
