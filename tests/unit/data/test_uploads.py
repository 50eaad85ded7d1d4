"""Uploaded data: decoded, checked against what is loaded, and kept apart per session."""

import base64

from dashboard.data.readers import ImportOptions
from dashboard.data.uploads import read_upload, session_dataset
from dashboard.i18n import problem_message
from tests.conftest import HEADER, dataset_from

BASE = HEADER + "\nTestkommun,,,Mål,,Ind,,,2020,5,,Källa,2020-01-01,\n"


def _data_url(text: str) -> str:
    return "data:text/csv;base64," + base64.b64encode(text.encode("utf-8")).decode("ascii")


def test_identical_rows_are_skipped_with_a_note_and_new_rows_kept():
    upload = read_upload(
        _data_url(BASE + "Testkommun,,,Mål,,Ind,,,2021,6,,Källa,2021-01-01,\n"),
        "egen.csv",
        ImportOptions(),
        dataset_from(BASE),
        10_000,
    )
    assert upload.ok and upload.observations["year"].tolist() == [2021]
    assert [p.severity for p in upload.problems] == ["warning"] and "1 rad finns redan" in problem_message(
        upload.problems[0]
    )


def test_another_value_for_a_loaded_key_is_a_conflict():
    upload = read_upload(_data_url(BASE.replace(",5,", ",7,")), "egen.csv", ImportOptions(), dataset_from(BASE), 10_000)
    assert not upload.ok
    assert (upload.problems[0].row, upload.problems[0].column) == (2, "published")
    assert "test.csv rad 2 men med ett annat värde" in problem_message(upload.problems[0])


def test_size_cap_and_broken_payload_give_messages():
    big = read_upload(_data_url(BASE * 50), "stor.csv", ImportOptions(), dataset_from(BASE), 1_000)
    assert not big.ok and "gränsen är 0 kB" in problem_message(big.problems[0])
    broken = read_upload("inte en data-url", "x.csv", ImportOptions(), dataset_from(BASE), 10_000)
    assert not broken.ok and "kunde inte tas emot" in problem_message(broken.problems[0])


def test_session_dataset_adds_uploads_and_leaves_the_base_untouched():
    base = dataset_from(BASE)
    text = HEADER + "\nNykommun,,,Mål,,Ind,,,2020,1,,Egen,2020-01-01,\n"
    upload = read_upload(_data_url(text), "ny.csv", ImportOptions(), base, 10_000)
    combined = session_dataset(base, [upload.stored()])
    assert combined.municipalities() == ["Nykommun", "Testkommun"]
    assert base.municipalities() == ["Testkommun"] and len(base.observations) == 1
    assert session_dataset(base, [upload.stored()]) is combined  # cached by content
    assert session_dataset(base, []) is base


def test_a_women_s_figure_is_checked_against_the_loaded_women_s_figure():
    """Gender is the last column: a K row is compared with the loaded K row, not with the total's."""
    header = HEADER + ",gender"
    base = (
        header
        + "\nTestkommun,,,Mål,,Ind,,,2020,5,,Källa,2020-01-01,,T\nTestkommun,,,Mål,,Ind,,,2020,6,,Källa,2020-01-01,,K\n"
    )
    other = header + "\nTestkommun,,,Mål,,Ind,,,2020,9,,Källa,2020-01-01,,K\n"
    upload = read_upload(_data_url(other), "egen.csv", ImportOptions(), dataset_from(base), 10_000)
    assert not upload.ok
    assert "test.csv rad 3 men med ett annat värde" in problem_message(upload.problems[0])
    same = read_upload(_data_url(other.replace(",9,", ",6,")), "egen.csv", ImportOptions(), dataset_from(base), 10_000)
    assert same.ok and same.observations.empty
