"""The one-sentence explanations of progress, in plain Swedish with Swedish numbers."""

from dashboard.analysis.progress import measure_progress
from dashboard.i18n.narrative import progress_sentence


def test_needs_to_increase_but_has_decreased():
    # base 100 (2017) → 94,7… : say 2017 = 100, 2020 = 94.7; needs 100 → 106.5 by 2020
    progress = measure_progress([(2017, 100.0), (2020, 94.7)], [(2020, 106.5)], "increase", 2020)
    # required (106.5/100)^(1/3) − 1 = 2,12 %; actual (94.7/100)^(1/3) − 1 = −1,80 %
    assert progress_sentence(progress, "increase") == (
        "Utfallet behöver öka med 2,1\u00a0% per år för att nå målet 2020 (106,5); "
        "det har minskat med 1,8\u00a0% per år sedan 2017."
    )


def test_met_target_names_target_and_outcome():
    progress = measure_progress([(2019, 14.0)], [(2020, 15.0)], "decrease", 2020)
    assert progress_sentence(progress, "decrease") == "Målet för 2020 (15) är nått: utfallet 2019 var 14."


def test_percent_unit_is_written_after_values():
    progress = measure_progress([(2019, 84.0)], [(2020, 92.0)], "increase", 2020)
    assert progress_sentence(progress, "increase", "%") == (
        "Det finns bara ett utfall (2019: 84\u00a0%), så utvecklingen kan inte bedömas ännu."
    )


def test_without_target_says_which_way_is_better():
    # 100 → 110 over 2 years: (1.1)^(1/2) − 1 = 4,88 %
    progress = measure_progress([(2018, 100.0), (2020, 110.0)], [], "decrease", 2020)
    assert progress_sentence(progress, "decrease") == (
        "Inget mål är satt (lägre är bättre); utfallet har ökat med 4,9\u00a0% per år sedan 2018."
    )


def test_no_outcome_at_all():
    progress = measure_progress([], [(2020, 5.0)], "increase", 2020)
    assert progress_sentence(progress, "increase") == "Det finns inget utfall ännu, så utvecklingen kan inte bedömas."


def test_sign_change_cannot_be_computed():
    progress = measure_progress([(2018, -5.0), (2020, 3.0)], [(2021, 10.0)], "increase", 2020)
    assert progress_sentence(progress, "increase").startswith(
        "Utvecklingen kan inte beräknas: från −5 (2018) till 3 (2020)"
    )
