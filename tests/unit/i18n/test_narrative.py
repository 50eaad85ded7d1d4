"""The sentences that explain progress: what is still needed from where the outcome is now, then how
it has moved since the base year, in plain Swedish (and English) with the language's numbers."""

from dashboard.analysis.progress import ProgressRules, measure_progress
from dashboard.i18n.narrative import progress_sentence


def test_the_target_year_reached_and_missed_says_what_is_missing():
    # 100 (2017) → 94,7 (2020) against 106,5 for 2020: 106,5 − 94,7 = 11,8 missing;
    # since 2017: (94,7/100)^(1/3) − 1 = −1,80 % a year
    progress = measure_progress([(2017, 100.0), (2020, 94.7)], [(2020, 106.5)], "increase", 2020)
    assert progress_sentence(progress, "increase") == (
        "Målet för 2020 (106,5) är inte nått: det saknas 11,8. Sedan 2017 har utfallet minskat med 1,8\u00a0% per år."
    )


def test_years_left_give_the_change_needed_per_year_from_now():
    # 94,7 (2019) to 106,5 by 2021: (106,5 − 94,7) / 2 = 5,9 a year; since 2017: (94,7/100)^(1/2) − 1 = −2,68 %
    progress = measure_progress([(2017, 100.0), (2019, 94.7)], [(2021, 106.5)], "increase", 2020)
    assert progress_sentence(progress, "increase") == (
        "Utfallet behöver öka med 5,9 per år fram till 2021 för att nå målet (106,5). "
        "Sedan 2017 har utfallet minskat med 2,7\u00a0% per år."
    )
    assert progress_sentence(progress, "increase", lang="en") == (
        "The outcome needs to increase by 5.9 per year until 2021 to reach the target (106.5). "
        "Since 2017 the outcome has fallen by 2.7\u00a0% per year."
    )


def test_met_target_names_target_and_outcome():
    progress = measure_progress([(2019, 14.0)], [(2020, 15.0)], "decrease", 2020)
    assert progress_sentence(progress, "decrease") == "Målet för 2020 (15) är nått: utfallet 2019 var 14."


def test_a_percentage_needs_percentage_points_in_one_year():
    # 84 % (2019) against 92 % for 2020: 92 − 84 = 8 percentage points in one year
    progress = measure_progress([(2019, 84.0)], [(2020, 92.0)], "increase", 2020)
    assert progress_sentence(progress, "increase", "%") == (
        "Utfallet behöver öka med 8\u00a0p.e. på ett år för att nå målet 2020 (92\u00a0%)."
    )


def test_without_target_says_which_way_is_better():
    # 100 → 110 over 2 years: (1.1)^(1/2) − 1 = 4,88 %
    progress = measure_progress([(2018, 100.0), (2020, 110.0)], [], "decrease", 2020)
    assert progress_sentence(progress, "decrease") == (
        "Inget mål är satt (lägre är bättre). Sedan 2018 har utfallet ökat med 4,9\u00a0% per år."
    )


def test_no_outcome_at_all():
    progress = measure_progress([], [(2020, 5.0)], "increase", 2020)
    assert progress_sentence(progress, "increase") == "Det finns inget utfall ännu, så utvecklingen kan inte bedömas."


def test_a_change_of_sign_is_told_in_the_unit():
    # −5 (2018) → 3 (2020) against 10 for 2021: 10 − 3 = 7 in one year; (3 − −5) / 2 = 4 a year so far
    progress = measure_progress([(2018, -5.0), (2020, 3.0)], [(2021, 10.0)], "increase", 2020)
    assert progress_sentence(progress, "increase") == (
        "Utfallet behöver öka med 7 på ett år för att nå målet 2021 (10). Sedan 2018 har utfallet ökat med 4 per år."
    )


def test_from_a_zero_base_without_target_nothing_is_claimed():
    progress = measure_progress([(2019, 0.0), (2020, 5.0)], [], "increase", 2020)
    assert progress_sentence(progress, "increase").startswith(
        "Utvecklingen kan inte beräknas: från 0 (2019) till 5 (2020)"
    )


def test_a_stale_outcome_is_named_and_not_judged():
    progress = measure_progress(
        [(2010, 3000.0), (2012, 2653.0)], [(2020, 2000.0)], "decrease", 2020, ProgressRules(stale_years=2)
    )
    assert progress_sentence(progress, "decrease") == (
        "Det senaste utfallet (2012: 2\u00a0653) är för gammalt för att bedöma utvecklingen; den beräknas inte."
    )
