"""Where a visitor in a wheelchair can reach: the band of the screen between 15 and 48 inches (38 and 122 cm)
above the floor, the ADA's range for operable parts, as fractions of the screen's height from its top.

With the screen's mounting (its lower edge's height above the floor and its visible height, both in cm) the band
is measured; without them it is the lower half of the screen, where a seated visitor reaches on any common mount.
"""

from __future__ import annotations

REACH_LOW_CM = 38.0
REACH_HIGH_CM = 122.0
UNMEASURED = (0.5, 1.0)


def reach_band(bottom_cm: float | None, height_cm: float | None) -> tuple[float, float]:
    """(top, bottom) of the band as fractions of the screen's height, 0 at its top edge, 1 at its bottom."""
    if bottom_cm is None or height_cm is None or height_cm <= 0:
        return UNMEASURED
    top_cm = bottom_cm + height_cm

    def fraction(cm: float) -> float:
        return min(1.0, max(0.0, (top_cm - cm) / height_cm))

    top, bottom = fraction(REACH_HIGH_CM), fraction(REACH_LOW_CM)
    if bottom - top < 0.2:  # a screen mounted out of reach: the program cannot mend that; keep the lower part
        return UNMEASURED
    return top, bottom
