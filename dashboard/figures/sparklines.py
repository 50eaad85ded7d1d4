"""Tiny outcome-over-time pictures for the overview, as inline SVG images (no chart per line).

Only numbers go into the SVG, so data text can never become markup.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence

WIDTH, HEIGHT, PAD = 120, 32, 4


def sparkline_svg(
    outcomes: Sequence[tuple[int, float]], target: tuple[int, float] | None = None, colour: str = "#0F4C81"
) -> str | None:
    """An SVG drawing of the outcome series, the last point marked and the target as a diamond."""
    if not outcomes:
        return None
    points = sorted(outcomes)
    years = [y for y, _ in points] + ([target[0]] if target else [])
    values = [v for _, v in points] + ([target[1]] if target else [])
    x0, x1 = min(years), max(years)
    y0, y1 = min(values), max(values)

    def x(year: float) -> float:
        return PAD + (WIDTH - 2 * PAD) * ((year - x0) / (x1 - x0) if x1 != x0 else 0.5)

    def y(value: float) -> float:
        return HEIGHT - PAD - (HEIGHT - 2 * PAD) * ((value - y0) / (y1 - y0) if y1 != y0 else 0.5)

    path = " ".join(f"{x(a):.1f},{y(b):.1f}" for a, b in points)
    last_x, last_y = x(points[-1][0]), y(points[-1][1])
    parts = [
        f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>',
        f'<circle cx="{last_x:.1f}" cy="{last_y:.1f}" r="3" fill="{colour}"/>',
    ]
    if target:
        tx, ty = x(target[0]), y(target[1])
        parts.append(
            f'<path d="M{tx:.1f},{ty - 4:.1f} L{tx + 4:.1f},{ty:.1f} L{tx:.1f},{ty + 4:.1f} '
            f'L{tx - 4:.1f},{ty:.1f} Z" fill="none" stroke="#1A1A1A" stroke-width="1.5"/>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}">{"".join(parts)}</svg>'
    )


def svg_data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
