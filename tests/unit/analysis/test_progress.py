"""Progress toward the target and the trend, every expected number worked out by hand from the rules
in dashboard/analysis/progress.py (and data/README.md).

Threshold cases use values whose growths are exact binary fractions (base 8 or 32, one year), so
R = 3/8 ÷ 5/8 or 19/32 ÷ 20/32 is the double nearest 0.6 or 0.95 — the same double as the literal.
"""

import pytest

from dashboard.analysis.progress import CAGR, LINEAR, ProgressRules, growth, measure_progress, pace, trend
from dashboard.domain.schema import DECREASE, INCREASE
from dashboard.domain.statuses import Progress, Trend


def _progress(outcomes: dict, targets: dict, direction=INCREASE, year=2020, **rules):
    return measure_progress(outcomes.items(), targets.items(), direction, year, ProgressRules(**rules))


def test_growth_compounds_over_the_years():
    # (121 / 100) ^ (1/2) − 1 = 1.1 − 1 = 0.10
    assert growth(121, 100, 2020, 2018) == pytest.approx(0.10)


def test_growth_of_a_fall_is_negative():
    # (81 / 100) ^ (1/2) − 1 = 0.9 − 1 = −0.10
    assert growth(81, 100, 2022, 2020) == pytest.approx(-0.10)


def test_growth_from_or_to_zero_has_no_meaning_and_no_stand_in():
    # Open SDG takes a 0 as 0.001, so 0 → 33 grows 32 900 % a year; here there is no compound growth
    assert growth(1, 0, 2020, 2019) is None
    assert growth(0, 1, 2020, 2019) is None
    # the linear pace in the unit: (33 − 0) / (2019 − 2018) = 33 per year
    assert pace(33, 0, 2019, 2018) == 33


def test_growth_within_the_same_year_is_none():
    assert growth(110, 100, 2020, 2020) is None


def test_growth_between_opposite_signs_is_none():
    assert growth(-5, 10, 2020, 2019) is None
    assert growth(0, -5, 2020, 2019) is None


def test_single_outcome_above_target_is_met():
    # 130 ≥ 120 for an increase indicator, checked before the two-outcome requirement
    p = _progress({2020: 130}, {2020: 120})
    assert (p.status, p.ratio, p.has_target) == (Progress.TARGET_MET, None, True)


def test_outcome_exactly_on_target_is_met():
    # 120 ≥ 120
    assert _progress({2019: 100, 2020: 120}, {2020: 120}).status == Progress.TARGET_MET


def test_decrease_outcome_at_or_below_target_is_met():
    # 12 ≤ 15 and 15 ≤ 15 (lower is better)
    assert _progress({2019: 20, 2020: 12}, {2020: 15}, DECREASE).status == Progress.TARGET_MET
    assert _progress({2019: 20, 2020: 15}, {2020: 15}, DECREASE).status == Progress.TARGET_MET


def test_single_outcome_short_of_target_is_too_little_data():
    p = _progress({2020: 100}, {2020: 120})
    assert (p.status, p.ratio) == (Progress.TOO_LITTLE_DATA, None)


@pytest.mark.parametrize(
    "outcomes, target, direction, expected_ratio, expected_status",
    [
        # increase, R exactly 0.95: actual 51/32 − 1 = 19/32; required 52/32 − 1 = 20/32; R = 19/20
        ({2019: 32, 2020: 51}, 52, INCREASE, 0.95, Progress.ON_TRACK),
        # just under 0.95: actual 50/32 − 1 = 18/32; R = 18/20 = 0.9
        ({2019: 32, 2020: 50}, 52, INCREASE, 0.90, Progress.MODERATE_PROGRESS),
        # increase, R exactly 0.6: actual 11/8 − 1 = 3/8; required 13/8 − 1 = 5/8; R = 3/5
        ({2019: 8, 2020: 11}, 13, INCREASE, 0.60, Progress.MODERATE_PROGRESS),
        # just under 0.6: actual 10/8 − 1 = 2/8; R = 2/5 = 0.4
        ({2019: 8, 2020: 10}, 13, INCREASE, 0.40, Progress.LIMITED_PROGRESS),
        # above 0.1: actual 9/8 − 1 = 1/8; required 16/8 − 1 = 1; R = 0.125
        ({2019: 8, 2020: 9}, 16, INCREASE, 0.125, Progress.LIMITED_PROGRESS),
        # just under 0.1: actual 33/32 − 1 = 1/32; required 48/32 − 1 = 16/32; R = 1/16 = 0.0625
        ({2019: 32, 2020: 33}, 48, INCREASE, 0.0625, Progress.STANDING_STILL),
        # R exactly 0: no change, 8 → 8; R = 0 / (5/8) = 0: standing still, the UN's stagnation class
        ({2019: 8, 2020: 8}, 13, INCREASE, 0.0, Progress.STANDING_STILL),
        # below 0: actual 7/8 − 1 = −1/8; R = −1/5 = −0.2
        ({2019: 8, 2020: 7}, 13, INCREASE, -0.20, Progress.DETERIORATION),
        # decrease, R exactly 0.6: actual 5/8 − 1 = −3/8; required 3/8 − 1 = −5/8; R = −1 · (−3/8) / (5/8)
        ({2019: 8, 2020: 5}, 3, DECREASE, 0.60, Progress.MODERATE_PROGRESS),
        # decrease, R exactly 0.95: actual 13/32 − 1 = −19/32; required 12/32 − 1 = −20/32; R = 19/20
        ({2019: 32, 2020: 13}, 12, DECREASE, 0.95, Progress.ON_TRACK),
        # decrease getting worse: actual 10/8 − 1 = 2/8; required −5/8; R = −1 · (2/8) / (5/8) = −0.4
        ({2019: 8, 2020: 10}, 3, DECREASE, -0.40, Progress.DETERIORATION),
    ],
)
def test_ratio_is_classed_by_the_thresholds(outcomes, target, direction, expected_ratio, expected_status):
    p = _progress(outcomes, {2020: target}, direction)
    assert p.ratio == pytest.approx(expected_ratio, abs=1e-12)
    assert (p.status, p.has_target) == (expected_status, True)


def test_ratio_over_several_years_compares_yearly_growths():
    # actual (121/100)^(1/2) − 1 = 0.10; required to 2022: (146.41/100)^(1/4) − 1 = 1.1 − 1 = 0.10; R = 1
    p = _progress({2018: 100, 2019: 110, 2020: 121}, {2022: 146.41})
    assert p.ratio == pytest.approx(1.0)
    assert p.status == Progress.ON_TRACK


def test_target_for_the_follow_up_year_is_used_before_later_ones():
    # target 2020 = 110: required 110/100 − 1 = 0.10; actual 105/100 − 1 = 0.05; R = 0.5
    # (the 2022 target 400 would give required (4)^(1/3) − 1 ≈ 0.587 and R ≈ 0.085)
    p = _progress({2019: 100, 2020: 105}, {2022: 400, 2020: 110})
    assert (p.target_year, p.target) == (2020, 110)
    assert p.ratio == pytest.approx(0.5)
    assert p.status == Progress.LIMITED_PROGRESS


def test_nearest_later_target_is_used_without_one_for_the_year():
    # 2021 (nearest later) = 121: required (121/100)^(1/2) − 1 = 0.10; actual 0.05; R = 0.5
    p = _progress({2019: 100, 2020: 105}, {2025: 1000, 2021: 121})
    assert (p.target_year, p.target) == (2021, 121)
    assert p.ratio == pytest.approx(0.5)


def test_target_for_an_earlier_year_is_not_used():
    # only a 2019 target exists, so Y = 2020 has none: growth 102/100 − 1 = 0.02 ≥ 0.015
    # (had 2019's 101 been used, 102 ≥ 101 would read as met)
    p = _progress({2019: 100, 2020: 102}, {2019: 101})
    assert (p.status, p.has_target, p.target, p.ratio) == (Progress.CLEAR_IMPROVEMENT, False, None, None)


def test_outcomes_after_the_follow_up_year_are_ignored():
    # current = 2019's 110 (2021's 200 would meet the target): actual 110/100 − 1 = 0.10;
    # required (121/100)^(1/2) − 1 = 0.10; R = 1.0
    p = _progress({2018: 100, 2019: 110, 2021: 200}, {2020: 121})
    assert (p.current_year, p.current) == (2019, 110)
    assert p.ratio == pytest.approx(1.0)
    assert p.status == Progress.ON_TRACK


@pytest.mark.parametrize("base_year", [2017, 2018])
def test_base_year_option_starts_at_first_outcome_at_or_after_it(base_year):
    # base 2018 = 100: actual (121/100)^(1/2) − 1 = 0.10; required (146.41/100)^(1/4) − 1 = 0.10; R = 1
    p = _progress({2015: 150, 2018: 100, 2019: 110, 2020: 121}, {2022: 146.41}, base_year=base_year)
    assert p.method == CAGR
    assert (p.base_year, p.base) == (2018, 100)
    assert p.ratio == pytest.approx(1.0)
    assert p.status == Progress.ON_TRACK


def test_without_base_year_the_first_outcome_is_the_base():
    # base 2015 = 150: actual (121/150)^(1/5) − 1 < 0 since 121 < 150, so R < 0
    p = _progress({2015: 150, 2018: 100, 2019: 110, 2020: 121}, {2022: 146.41})
    assert (p.base_year, p.base) == (2015, 150)
    assert p.status == Progress.DETERIORATION


def test_negative_base_flips_the_sign_for_an_increase():
    # result −10 → −5, target −1: actual (−5/−10) − 1 = −0.5; required (−1/−10) − 1 = −0.9;
    # dir = +1 flipped to −1 by the negative base: R = −1 · (−0.5) / 0.9 = 5/9 ≈ 0.5556
    p = _progress({2019: -10, 2020: -5}, {2020: -1})
    assert p.ratio == pytest.approx(5 / 9)
    assert p.status == Progress.LIMITED_PROGRESS


def test_negative_base_getting_more_negative_is_deterioration():
    # −10 → −20: actual (−20/−10) − 1 = 1.0; R = −1 · 1.0 / 0.9 = −1.111…
    p = _progress({2019: -10, 2020: -20}, {2020: -1})
    assert p.ratio == pytest.approx(-10 / 9)
    assert p.status == Progress.DETERIORATION


def test_a_zero_base_is_measured_linearly():
    # AB Bostäder's new flats: 0 (2018) → 33 (2019) against 118 in 2020 (Open SDG: "I fas" from 0.001).
    # linear: actual (33 − 0)/(2019 − 2018) = 33 a year; required (118 − 0)/(2020 − 2018) = 59 a year;
    # R = 33 / 59 = 0.5593… → Små framsteg
    p = _progress({2018: 0, 2019: 33}, {2020: 118})
    assert (p.method, p.actual_growth, p.required_growth) == (LINEAR, 33, 59)
    assert p.ratio == pytest.approx(33 / 59) and round(p.ratio, 2) == 0.56
    assert p.status == Progress.LIMITED_PROGRESS
    # and from 2019 the rest is needed in one year: 118 − 33 = 85
    assert p.needed_per_year == 85


def test_negative_base_with_target_zero_is_measured_linearly():
    # −10 (2019) → −5 (2020), target 0 in 2021: not all of one sign, so linear:
    # actual (−5 − −10)/1 = 5 a year; required (0 − −10)/(2021 − 2019) = 5 a year; R = 1 → I fas
    p = _progress({2019: -10, 2020: -5}, {2021: 0})
    assert (p.method, p.ratio, p.status) == (LINEAR, 1.0, Progress.ON_TRACK)
    # −10 (2018) → −8 (2020): actual 1 a year against 10/3 required: R = 0.3
    slow = _progress({2018: -10, 2020: -8}, {2021: 0})
    assert slow.ratio == pytest.approx(0.3) and slow.status == Progress.LIMITED_PROGRESS


def test_opposite_signs_are_measured_linearly_with_the_direction():
    # −5 (2018) → 3 (2020) against 10 in 2021: actual (3 − −5)/2 = 4; required (10 − −5)/3 = 5; R = 0.8
    p = _progress({2018: -5, 2020: 3}, {2021: 10})
    assert (p.method, p.status) == (LINEAR, Progress.MODERATE_PROGRESS)
    assert p.ratio == pytest.approx(0.8)
    # a decrease indicator moving up through zero: actual 4, required (−10 − 5)/3 = −5; R = −1 · 4 / 5
    down = _progress({2018: 5, 2020: -3}, {2021: -10}, DECREASE)
    assert down.ratio == pytest.approx(0.8) and down.method == LINEAR
    wrong_way = _progress({2018: 5, 2020: 13}, {2021: -10}, DECREASE)
    assert wrong_way.ratio == pytest.approx(-1 * 4 / 5) and wrong_way.status == Progress.DETERIORATION


@pytest.mark.parametrize("current, status", [(1, Progress.LIMITED_PROGRESS), (0.9, Progress.STANDING_STILL)])
def test_the_stagnation_threshold_is_a_tenth(current, status):
    # linear from a zero base: R = (current − 0)/1 ÷ (10 − 0)/1 = 0.1 exactly (Små framsteg), or 0.09
    p = _progress({2019: 0, 2020: current}, {2020: 10})
    assert p.ratio == pytest.approx(current / 10) and p.status == status


def test_a_target_equal_to_the_base_not_met_is_deterioration():
    # the base was 100 and so is the target; 90 is short of it: the outcome moved away
    p = _progress({2019: 100, 2020: 90}, {2020: 100})
    assert (p.status, p.ratio, p.method) == (Progress.DETERIORATION, None, None)


@pytest.mark.parametrize(
    "outcomes, direction, expected_growth, expected_status",
    [
        ({2019: 100, 2020: 102}, INCREASE, 0.02, Progress.CLEAR_IMPROVEMENT),  # 102/100 − 1 = 0.02 ≥ 0.015
        ({2018: 100, 2020: 121}, INCREASE, 0.10, Progress.CLEAR_IMPROVEMENT),  # (1.21)^(1/2) − 1 = 0.10
        ({2019: 100, 2020: 101}, INCREASE, 0.01, Progress.MODERATE_IMPROVEMENT),  # 0.01 in [0.005, 0.015)
        ({2019: 100, 2020: 100.2}, INCREASE, 0.002, Progress.WEAK_IMPROVEMENT),  # 0.002 in [0, 0.005)
        ({2019: 100, 2020: 100}, INCREASE, 0.0, Progress.UNCHANGED),  # no change: not an improvement
        ({2019: 100, 2020: 99}, INCREASE, -0.01, Progress.DETERIORATION),  # −0.01 < 0
        ({2019: 100, 2020: 98}, DECREASE, -0.02, Progress.CLEAR_IMPROVEMENT),  # dir · g = −1 · −0.02 = 0.02
        ({2019: 100, 2020: 101}, DECREASE, 0.01, Progress.DETERIORATION),  # dir · g = −0.01
    ],
)
def test_without_target_yearly_growth_is_classed(outcomes, direction, expected_growth, expected_status):
    p = _progress(outcomes, {}, direction)
    assert p.actual_growth == pytest.approx(expected_growth)
    assert (p.status, p.has_target, p.ratio) == (expected_status, False, None)


def test_without_target_a_single_outcome_is_too_little_data():
    p = _progress({2020: 100}, {})
    assert (p.status, p.has_target) == (Progress.TOO_LITTLE_DATA, False)


def test_boras_staff_continuity_unchanged_is_standing_still_with_zero_ratio():
    # decrease, 17 every year, target 15: 17 > 15 not met; actual 17/17 − 1 = 0; R = −1 · 0 / |…| = 0
    p = _progress({2017: 17, 2018: 17, 2019: 17, 2020: 17}, {2020: 15}, DECREASE)
    assert p.ratio == 0
    assert p.status == Progress.STANDING_STILL


def test_boras_respect_u21463_is_deterioration():
    # base 2017 = 86, current 2019 = 84: actual (84/86)^(1/2) − 1 = 0.988304 − 1 = −0.011696;
    # required (92/86)^(1/3) − 1 = 1.069767^(1/3) − 1 = 0.022735; R = −0.011696 / 0.022735 ≈ −0.5145
    p = _progress({2017: 86, 2018: 83, 2019: 84}, {2020: 92})
    assert p.actual_growth == pytest.approx(-0.011696, abs=1e-6)
    assert p.required_growth == pytest.approx(0.022735, abs=1e-6)
    assert p.ratio == pytest.approx(-0.5145, abs=1e-4)
    assert p.status == Progress.DETERIORATION


def test_boras_safe_u21505_is_deterioration():
    # actual (81/82)^(1/2) − 1 = 0.993884 − 1 = −0.006116; required (90/82)^(1/3) − 1 = 0.031517;
    # R = −0.006116 / 0.031517 ≈ −0.1941
    p = _progress({2017: 82, 2018: 81, 2019: 81}, {2020: 90})
    assert p.ratio == pytest.approx(-0.1941, abs=1e-4)
    assert p.status == Progress.DETERIORATION


def test_boras_trygghetsbostader_unchanged_is_standing_still():
    # 221 → 221: actual 0; required (230/221)^(1/3) − 1 ≈ 0.013394; R = 0 / 0.013394 = 0
    p = _progress({2017: 221, 2018: 221, 2019: 221}, {2020: 230})
    assert p.required_growth == pytest.approx(0.013394, abs=1e-6)
    assert p.ratio == 0
    assert p.status == Progress.STANDING_STILL


def _trend(outcomes: dict, direction=INCREASE, year=2020, **kwargs):
    return trend(outcomes.items(), direction, year, **kwargs)


def test_trend_increase_rising_is_better():
    assert _trend({2019: 83, 2020: 84}).arrow == Trend.BETTER


def test_trend_increase_falling_is_worse():
    assert _trend({2019: 84, 2020: 83}).arrow == Trend.WORSE


def test_trend_equal_outcomes_are_unchanged():
    assert _trend({2019: 81, 2020: 81}).arrow == Trend.UNCHANGED


def test_trend_decrease_falling_is_better():
    assert _trend({2019: 17, 2020: 15}, DECREASE).arrow == Trend.BETTER


def test_trend_decrease_rising_is_worse():
    assert _trend({2019: 15, 2020: 17}, DECREASE).arrow == Trend.WORSE


def test_trend_change_within_tolerance_is_unchanged():
    # |101.5 − 100| = 1.5 ≤ 0.02 · 100 = 2
    assert _trend({2019: 100, 2020: 101.5}, tolerance=0.02).arrow == Trend.UNCHANGED


def test_trend_change_beyond_tolerance_counts():
    # |103 − 100| = 3 > 0.02 · 100 = 2
    assert _trend({2019: 100, 2020: 103}, tolerance=0.02).arrow == Trend.BETTER


def test_trend_tolerance_uses_previous_magnitude_for_negative_values():
    # |−10.1 − (−10)| = 0.1 ≤ 0.02 · |−10| = 0.2
    assert _trend({2019: -10, 2020: -10.1}, tolerance=0.02).arrow == Trend.UNCHANGED


def test_trend_ignores_outcomes_after_the_follow_up_year():
    # Y = 2019: current 2019 = 90, previous 2018 = 100 → worse; 2020's 200 is not used
    t = _trend({2018: 100, 2019: 90, 2020: 200}, year=2019)
    assert (t.arrow, t.previous_year, t.current_year) == (Trend.WORSE, 2018, 2019)


def test_trend_compares_with_the_outcome_just_before_the_current():
    # unordered input; previous = 2019's 84 (not 2017's 86): 84 → 85 is better
    t = _trend({2019: 84, 2017: 86, 2020: 85})
    assert (t.arrow, t.previous_year, t.previous, t.current) == (Trend.BETTER, 2019, 84, 85)


def test_trend_of_a_single_outcome_is_none():
    assert _trend({2020: 84}) is None
    assert _trend({2019: 84, 2021: 90}) is None  # only 2019 is at or before 2020


def test_the_trend_names_the_year_it_compares_with():
    # 2019 has no outcome: 84 (2020) is compared with 83 (2018)
    assert _trend({2018: 83, 2020: 84}).previous_year == 2018


def test_the_change_needed_is_measured_from_the_current_outcome():
    # Respekt (U21463): 86 (2017), 83, 84 (2019), target 92 for 2020. From today's 84 it takes
    # 92 − 84 = 8 percentage points in one year (not the 2,3 % a year from the 2017 base)
    p = _progress({2017: 86, 2018: 83, 2019: 84}, {2020: 92})
    assert p.needed_per_year == 8
    # two years left: (92 − 84) / (2021 − 2019) = 4 a year; a decrease: (15 − 17) / 1 = −2
    assert _progress({2017: 86, 2019: 84}, {2021: 92}).needed_per_year == 4
    assert _progress({2019: 18, 2020: 17}, {2020: 15}, DECREASE).needed_per_year == -2


def test_a_stale_outcome_gives_no_progress():
    # Y = 2020 with 2 stale years: 2012 < 2018 is too old; progress is never computed from it, met or not
    p = _progress({2010: 3000, 2012: 2653}, {2020: 2000}, DECREASE, stale_years=2)
    assert (p.status, p.stale, p.ratio, p.current_year) == (Progress.NOT_COMPUTABLE, True, None, 2012)
    met = _progress({2010: 3000, 2012: 1500}, {2020: 2000}, DECREASE, stale_years=2)
    assert (met.status, met.stale) == (Progress.NOT_COMPUTABLE, True)
    # 2018 is not older than 2020 − 2: judged as usual. actual 2653/3000 − 1 = −0.115667;
    # required (2000/3000)^(1/3) − 1 = −0.126420; R = −1 · −0.115667 / 0.126420 = 0.9149 → Måttliga framsteg
    fresh = _progress({2017: 3000, 2018: 2653}, {2020: 2000}, DECREASE, stale_years=2)
    assert fresh.stale is False and fresh.ratio == pytest.approx(0.9149, abs=1e-4)
    assert fresh.status == Progress.MODERATE_PROGRESS


def test_without_target_no_change_is_unchanged_and_within_tolerance_too():
    # 17 → 17: Oförändrad, not an improvement; 100 → 100.5 is 0.5 % a year, within a 1 % tolerance
    assert _progress({2019: 17, 2020: 17}, {}).status == Progress.UNCHANGED
    assert _progress({2019: 100, 2020: 100.5}, {}, tolerance=0.01).status == Progress.UNCHANGED
    assert _progress({2019: 100, 2020: 100.5}, {}).status == Progress.MODERATE_IMPROVEMENT


def test_without_target_a_zero_base_cannot_be_called_better_or_worse():
    # 0 → 5: no relative change exists; 0 → 0 is unchanged; −4 → 2 is linear: (2 − −4)/1 / |−4| = 1.5
    assert _progress({2019: 0, 2020: 5}, {}).status == Progress.NOT_COMPUTABLE
    assert _progress({2019: 0, 2020: 0}, {}).status == Progress.UNCHANGED
    across = _progress({2019: -4, 2020: 2}, {})
    assert (across.method, across.status) == (LINEAR, Progress.CLEAR_IMPROVEMENT)


def test_progress_names_the_year_it_is_measured_since():
    assert _progress({2017: 86, 2019: 84}, {2020: 92}).since_year == 2017
    assert _progress({2020: 130}, {2020: 120}).since_year is None  # met: no span to speak of
    assert _progress({2020: 100}, {2020: 120}).since_year is None  # one outcome
