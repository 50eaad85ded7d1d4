"""Swedish number format: decimal comma, non-breaking space between thousands, real minus sign."""

import math

from dashboard.i18n.formatting import MINUS, NBSP, format_gap, format_number, format_percent, format_value


def test_decimal_comma_and_thousands_space():
    assert format_number(1234.5) == f"1{NBSP}234,5"
    assert format_number(1234567) == f"1{NBSP}234{NBSP}567"


def test_trailing_zeros_are_dropped():
    assert format_number(17.0) == "17"
    assert format_number(95.40) == "95,4"


def test_negative_numbers_use_a_minus_sign_and_no_negative_zero():
    assert format_number(-2) == f"{MINUS}2"
    assert format_number(-0.0001) == "0"


def test_signed_gap_shows_plus_for_positive():
    assert format_number(3, signed=True) == "+3"
    assert format_gap(-8, "%") == f"{MINUS}8{NBSP}p.e."
    assert format_gap(-9, "antal") == f"{MINUS}9"


def test_percent_of_a_fraction():
    assert format_percent(-0.0391304) == f"{MINUS}3,9{NBSP}%"
    assert format_percent(0.2, signed=True) == f"+20{NBSP}%"


def test_missing_values_show_a_dash():
    assert format_number(None) == format_number(math.nan) == format_percent(None) == "–"


def test_value_with_percent_unit():
    assert format_value(81, "%") == f"81{NBSP}%"
    assert format_value(221, "antal") == "221"


def test_swedish_alphabetical_order_puts_a_ring_before_a_umlaut_before_o_umlaut():
    from dashboard.domain.values import swedish_sort_key

    names = ["Östersund", "Ängelholm", "Åre", "Borås", "Borlänge", "Zinkgruvan"]
    assert sorted(names, key=swedish_sort_key) == ["Borlänge", "Borås", "Zinkgruvan", "Åre", "Ängelholm", "Östersund"]


def test_file_names_are_ascii_and_cut_between_words():
    from dashboard.exports.names import file_slug

    assert file_slug("Vård och omsorg") == "vard-och-omsorg"
    assert (
        file_slug("Personer som en hemtjänsttagare möter, antal/14 dagar (medelvärde)")
        == "personer-som-en-hemtjansttagare-moter-antal-14-dagar"
    )


def test_a_missing_unit_of_any_kind_is_no_unit():
    import pandas as pd

    for missing in (None, pd.NA, float("nan"), ""):
        assert format_value(5, missing) == "5" and format_gap(-2, missing) == f"{MINUS}2"


def test_english_uses_a_decimal_point_and_comma_thousands():
    from dashboard.i18n.formatting import format_date, plotly_separators

    assert format_number(1234.5, lang="en") == "1,234.5"
    assert format_number(-1234567.25, lang="en") == f"{MINUS}1,234,567.25"
    assert format_percent(-0.0391304, lang="en") == f"{MINUS}3.9{NBSP}%"
    assert format_gap(-8, "%", lang="en") == f"{MINUS}8{NBSP}p.p."
    assert format_date("2020-11-12", "en") == "12 Nov 2020" and format_date("2020-11-12") == "2020-11-12"
    assert plotly_separators("en") == ".," and plotly_separators("sv") == f",{NBSP}"
