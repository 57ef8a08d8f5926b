"""import-people as an organiser uses it: a sheet of honourees in, a people.yaml that validate passes out, and for
every bad cell the row and column the spreadsheet shows, with nothing written."""

import shutil
import zipfile

import pytest
import yaml

from huzhou_viewer.app import main
from huzhou_viewer.content.validate import validate_pack
from tests.conftest import EXAMPLE_PACK

HEADER = ["id", "name.zh-Hans", "name.en", "role.zh-Hans", "role.en", "citation.en", "category", "photo", "season"]
WANG = ["wang-fang", "王芳", "Wang Fang", "面点师", "Baker", "Baked three thousand mooncakes", "bakers",
        "li-ming.png", "autumn"]
LI = ["li-ming", "李明", "Li Ming", "糖画手艺人", "Sugar painter", "Drew five hundred sugar pictures", "stallholders",
      "li-ming.png", "autumn"]  # the example's autumn scene names her
CHEN = ["chen-jie", "陈杰", "Chen Jie", "", "Lantern maker", "Made the bridge's lanterns", "stallholders", "", ""]


@pytest.fixture
def pack(tmp_path):
    """The example pack without its people file (pack.yaml still names it)."""
    folder = tmp_path / "pack"
    shutil.copytree(EXAMPLE_PACK, folder)
    (folder / "people.yaml").unlink()
    return folder


def write_csv(path, rows, encoding="utf-8"):
    import csv

    with open(path, "w", encoding=encoding, newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


def write_xlsx(path, rows):
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def write_ods(path, rows):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="People")
    for row in rows:
        table_row = TableRow()
        for value in row:
            cell = TableCell(valuetype="string")
            if value:
                cell.addElement(P(text=value))
            table_row.addElement(cell)
        table.addElement(table_row)
    document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def run(capsys, *args):
    code = main(["import-people", *map(str, args)])
    return code, capsys.readouterr().err


def people(pack):
    return {p["id"]: p for p in yaml.safe_load((pack / "people.yaml").read_text("utf-8"))["people"]}


@pytest.mark.parametrize("writer, suffix", [(write_xlsx, "xlsx"), (write_ods, "ods"), (write_csv, "csv")])
def test_a_good_sheet_becomes_a_people_file_that_validate_passes(pack, tmp_path, capsys, writer, suffix):
    sheet = writer(tmp_path / f"people.{suffix}", [HEADER, WANG, CHEN, LI])
    code, err = run(capsys, sheet, "--pack", pack)
    assert code == 0, err
    written = people(pack)
    assert list(written) == ["wang-fang", "chen-jie", "li-ming"]
    assert written["wang-fang"]["name"] == {"zh-Hans": "王芳", "en": "Wang Fang"}
    assert written["wang-fang"]["photo"] == "pictures/li-ming.png"
    assert written["chen-jie"]["role"] == {"en": "Lantern maker"}  # an empty cell is no text
    assert "photo" not in written["chen-jie"] and "season" not in written["chen-jie"]
    assert not [p for p in validate_pack(pack) if p.is_error]
    assert "3 people (3 new, 0 updated)" in err and "category 'bakers'" in err


def test_category_columns_with_a_language_name_the_category(pack, tmp_path, capsys):
    header = HEADER + ["category.zh-Hans", "category.en"]
    rows = [header, WANG + ["面点师傅", "Bakers"], LI + ["", "Stall keepers"], CHEN + ["", ""]]
    code, err = run(capsys, write_xlsx(tmp_path / "people.xlsx", rows), "--pack", pack)
    assert code == 0, err
    categories = {c["id"]: c["name"] for c in yaml.safe_load((pack / "people.yaml").read_text("utf-8"))["categories"]}
    assert categories == {"bakers": {"zh-Hans": "面点师傅", "en": "Bakers"}, "stallholders": {"en": "Stall keepers"}}
    assert set(people(pack)["wang-fang"]) <= {"id", "name", "role", "citation", "category", "photo", "season"}
    rows = [header, WANG + ["面点师傅", "Bakers"],
            ["zhao-yun", "赵云", "Zhao Yun", "", "Baker", "Baked", "bakers", "", "", "", "Pastry cooks"]]
    code, err = run(capsys, write_xlsx(tmp_path / "people.xlsx", rows), "--pack", pack, "--merge")
    assert code == 1 and "people.xlsx:3:K: category 'bakers' is named 'Bakers' in row 2" in err


def test_a_gbk_csv_from_chinese_excel_imports_and_says_how_it_was_read(pack, tmp_path, capsys):
    sheet = write_csv(tmp_path / "people.csv", [HEADER, WANG, LI], encoding="gbk")
    code, err = run(capsys, sheet, "--pack", pack)
    assert code == 0, err
    assert people(pack)["wang-fang"]["name"]["zh-Hans"] == "王芳"
    assert "GB18030" in err


def test_a_utf8_csv_with_a_bom_imports(pack, tmp_path, capsys):
    sheet = write_csv(tmp_path / "people.csv", [HEADER, WANG, LI], encoding="utf-8-sig")
    code, err = run(capsys, sheet, "--pack", pack)
    assert code == 0 and "read as UTF-8" in err
    assert "wang-fang" in people(pack)  # the BOM is not part of the first column's name


@pytest.mark.parametrize("rows, expected", [
    # A missing column: said at the header row, where it would go (after the last column).
    ([[h for h in HEADER if h != "citation.en"], WANG[:5] + WANG[6:]], "people.xlsx:1:I: missing column 'citation'"),
    ([HEADER, WANG[:7] + ["li-mig.png"] + WANG[8:]], "people.xlsx:2:H: file not found: 'pictures/li-mig.png' "
                                                    "(did you mean 'pictures/li-ming.png'?)"),
    ([HEADER, WANG, CHEN, WANG], "people.xlsx:4:A: id 'wang-fang' is also in row 2"),
    ([HEADER, CHEN[:5] + [""] + CHEN[6:]], "people.xlsx:2:F: empty 'citation': every person needs one"),
    ([HEADER[:2] + ["name.fr"] + HEADER[3:], WANG], "people.xlsx:1:C: 'fr' is not a language of the pack"),
    ([HEADER[:6] + ["categroy"] + HEADER[7:], WANG], "people.xlsx:1:G: unknown column 'categroy'; did you mean "
                                                     "'category'?"),
    ([HEADER, WANG[:8] + ["spring"]], "people.xlsx:2:I: no scene with id 'spring' in the pack"),
    ([], "people.xlsx:1:A: the sheet is empty"),
    ([HEADER], "people.xlsx:2:A: no people below the header row"),
    ([HEADER, WANG + ["stray note"]], "people.xlsx:2:J: 'stray note' is in a column whose heading (in row 1) "
     "is empty"),
])
def test_each_bad_sheet_names_row_and_column_and_writes_nothing(pack, tmp_path, capsys, rows, expected):
    sheet = write_xlsx(tmp_path / "people.xlsx", rows)
    code, err = run(capsys, sheet, "--pack", pack)
    assert code == 1
    assert expected in err
    assert "nothing written" in err and not (pack / "people.yaml").exists()


def test_a_sheet_that_leaves_out_someone_a_story_names_is_refused_with_the_story_file(pack, tmp_path, capsys):
    code, err = run(capsys, write_xlsx(tmp_path / "people.xlsx", [HEADER, WANG]), "--pack", pack)
    assert code == 1 and "scenes/autumn.yaml:28:14: error: unknown person 'li-ming'" in err
    assert not (pack / "people.yaml").exists()


def test_a_photo_must_be_a_picture_file_inside_the_pack(pack, tmp_path, capsys):
    outside = tmp_path / "secret.png"
    outside.write_bytes((pack / "pictures" / "li-ming.png").read_bytes())
    (pack / "pictures" / "linked.png").symlink_to(outside)
    (pack / "pictures" / "notes.png").write_text("not a picture", "utf-8")
    rows = [HEADER, LI, WANG[:7] + ["linked.png"] + WANG[8:], CHEN[:7] + ["../secret.png"] + CHEN[8:],
            ["zhou-lan", "周兰", "Zhou Lan", "", "Lead", "Led", "", "notes.png", ""]]
    code, err = run(capsys, write_csv(tmp_path / "people.csv", rows), "--pack", pack)
    assert code == 1
    assert "people.csv:3:H: 'pictures/linked.png' is a link to" in err and "outside the pack folder" in err
    assert "people.csv:4:H: '../secret.png': give the file name only" in err
    assert "people.csv:5:H: 'pictures/notes.png' is not a JPEG, PNG or WebP picture" in err


def test_rows_below_blank_ones_keep_the_numbers_the_spreadsheet_shows(pack, tmp_path, capsys):
    sheet = write_xlsx(tmp_path / "people.xlsx", [[], HEADER, WANG, [], CHEN[:1] + [""] * 8])
    code, err = run(capsys, sheet, "--pack", pack)
    assert code == 1 and "people.xlsx:5:B: empty 'name'" in err


def test_merge_updates_by_id_adds_new_people_and_keeps_comments(tmp_path, capsys):
    pack = tmp_path / "pack"
    shutil.copytree(EXAMPLE_PACK, pack)
    original = (pack / "people.yaml").read_text("utf-8")
    (pack / "people.yaml").write_text("# Checked with the organisers on 1 May.\n" + original.replace(
        "  - id: zhou-lan\n", "  # Zhou Lan asked for her quote to stay out.\n  - id: zhou-lan\n"), "utf-8")
    renamed = ["li-ming", "", "Li Ming Jr.", "", "", "", "", "", ""]
    sheet = write_csv(tmp_path / "people.csv", [HEADER, renamed, WANG])
    assert run(capsys, sheet, "--pack", pack)[0] == 1  # without --merge an existing file is never overwritten
    code, err = run(capsys, sheet, "--pack", pack, "--merge")
    assert code == 0, err
    text = (pack / "people.yaml").read_text("utf-8")
    assert "# Checked with the organisers on 1 May." in text and "# Zhou Lan asked for her quote" in text
    merged = people(pack)
    assert list(merged) == ["li-ming", "zhou-lan", "wang-fang"]
    assert merged["li-ming"]["name"] == {"zh-Hans": "李明", "en": "Li Ming Jr."}  # the other language is kept
    assert merged["li-ming"]["photo"] == "pictures/li-ming.png"  # an empty cell leaves the file's value
    assert not [p for p in validate_pack(pack) if p.is_error]


def test_merge_into_an_empty_people_list(tmp_path, capsys):
    pack = tmp_path / "pack"
    shutil.copytree(EXAMPLE_PACK, pack)
    (pack / "people.yaml").write_text("# To be filled from the sheet.\npeople: []\n", "utf-8")
    code, err = run(capsys, write_csv(tmp_path / "people.csv", [HEADER, LI]), "--pack", pack, "--merge")
    assert code == 0, err
    assert list(people(pack)) == ["li-ming"]
    assert (pack / "people.yaml").read_text("utf-8").startswith("# To be filled from the sheet.")


def test_a_pack_without_a_people_file_gets_one_named_in_pack_yaml(pack, tmp_path, capsys):
    pack_yaml = pack / "pack.yaml"
    pack_yaml.write_text(pack_yaml.read_text("utf-8").replace("people: people.yaml\n", ""), "utf-8")
    (pack / "scenes" / "gallery.yaml").write_text("id: gallery\nkind: gallery\ntitle: People\nnotes: x\n", "utf-8")
    sheet = write_csv(tmp_path / "people.csv", [HEADER, CHEN, LI])
    code, err = run(capsys, sheet, "--pack", pack)
    assert code == 0, err
    assert "# A small, complete example pack" in pack_yaml.read_text("utf-8")  # its comments kept
    assert yaml.safe_load(pack_yaml.read_text("utf-8"))["people"] == "people.yaml"
    assert not [p for p in validate_pack(pack) if p.is_error]


def test_a_damaged_or_foreign_file_is_one_line(pack, tmp_path, capsys):
    fake = tmp_path / "people.xlsx"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    code, err = run(capsys, fake, "--pack", pack)
    assert code == 1 and err.startswith("people.xlsx: not a spreadsheet")
    code, err = run(capsys, tmp_path / "people.pdf", "--pack", pack)
    assert code == 2 and "no sheet" in err
