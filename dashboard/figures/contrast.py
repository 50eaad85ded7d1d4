"""WCAG 2.1 contrast ratio between two sRGB colours (1.4.3: at least 4.5:1 for text)."""

from __future__ import annotations


def relative_luminance(colour: str) -> float:
    """'#RRGGBB' → relative luminance, as WCAG 2.1 defines it."""
    code = colour.lstrip("#")
    channels = [int(code[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
