"""Sparklines: numbers only, scaled into the box, target drawn as a diamond."""

import base64
import re

from dashboard.figures.sparklines import HEIGHT, PAD, WIDTH, sparkline_svg, svg_data_uri


def _points(svg: str) -> list[tuple[float, float]]:
    coordinates = re.search(r'points="([^"]+)"', svg).group(1).split()
    return [tuple(map(float, pair.split(","))) for pair in coordinates]


def test_series_spans_the_box_from_first_to_last_year():
    points = _points(sparkline_svg([(2018, 10.0), (2019, 20.0), (2020, 15.0)]))
    assert points[0] == (PAD, HEIGHT - PAD)  # lowest value at the bottom left
    assert points[1] == (WIDTH / 2, PAD)  # highest value at the top, middle year
    assert points[2][0] == WIDTH - PAD


def test_target_widens_the_scale_and_adds_a_diamond():
    svg = sparkline_svg([(2018, 10.0), (2019, 20.0)], target=(2020, 30.0))
    assert "<path d=" in svg
    assert _points(svg)[-1][0] < WIDTH - PAD  # the target year is the right edge now


def test_flat_series_is_drawn_mid_height_and_no_data_draws_nothing():
    assert {y for _, y in _points(sparkline_svg([(2019, 5.0), (2020, 5.0)]))} == {HEIGHT / 2}
    assert sparkline_svg([]) is None


def test_data_uri_round_trips():
    svg = sparkline_svg([(2019, 1.0), (2020, 2.0)])
    assert base64.b64decode(svg_data_uri(svg).split(",", 1)[1]).decode() == svg
