"""Chart rendering: time per chart kind against a bare matplotlib figure, and memory over many charts.

Time: each kind (the bundled pack's figures, Chinese and English in turn) is rendered to RGBA pixels with
huzhou_viewer.charts.render_rgba at the chart area of a 1920x1080 stage (1100x560) and of a 3840x2160 one
(2200x1120). Baseline, in the same run and interleaved with the charts: a bare Figure of the same pixel
size and dpi with one line plot, drawn with the Agg canvas and copied out the same way. Median of --runs
(default 20) after two warm-up rounds; the ratios to the baseline are printed for information.

Memory: every kind rendered --rounds times (default 200) at the 1920x1080 chart size; resident memory is
read after a warm-up of 20 rounds and at the end. Target: drift after warm-up <= 2 % (exit 1 when missed).

    python bench/charts.py [--runs N] [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import time

import matplotlib
from common import median, verdict
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from huzhou_viewer.charts import ChartTheme, register_fonts, render_rgba
from huzhou_viewer.resources import font_files

DRIFT_TARGET = 0.02
WARM_UP_ROUNDS = 20
SIZES = {"1920x1080": (1100, 560, 1080), "3840x2160": (2200, 1120, 2160)}  # chart w, h, screen height
THEME = ChartTheme(background="#1A0E0C", surface="#2A1816", text="#F6EDE3", muted="#B9A89A",
                   accent="#6FBF73", gold="#D9B45A")


def _spec(chart: str, items: list[tuple[str, float | None, bool]], **extra) -> dict:
    base = {"kind": "chart", "chart": chart, "id": f"bench-{chart}", "title": "", "unit": "",
            "orientation": "vertical", "start": "", "total": None, "derivedLabel": "", "source": "",
            "sourceLabel": "", "note": "",
            "items": [{"label": label, "value": value, "derived": derived, "note": ""}
                      for label, value, derived in items]}
    return base | extra


# The bundled pack's figures: Nanxun visitors (two derived), Fangzheng Motor's days, the 70.6 % share.
SPECS = {
    "bars": [
        _spec("bars", [("2023年", 1200, False), ("2022年（推算）", 68, True), ("2019年（推算）", 152, True)],
              unit="万人次", derivedLabel="推算"),
        _spec("bars", [("visitors in 2023", 12, False), ("visitors in 2022 (derived)", 0.68, True),
                       ("visitors in 2019 (derived)", 1.52, True)],
              unit="million visits", derivedLabel="derived (computed from the stated growth)"),
    ],
    "bars-horizontal": [
        _spec("bars", [("签约后具备进场条件", 24, False), ("开工后设备进场", 56, False), ("厂房主体完工", 83, False),
                       ("首件产品下线", 191, False)], unit="天", orientation="horizontal"),
        _spec("bars", [("after signing: site ready", 24, False), ("after ground-breaking: equipment in", 56, False),
                       ("main plant built", 83, False), ("first product off the line", 191, False)],
              unit="days", orientation="horizontal"),
    ],
    "milestones": [
        _spec("milestones", [("签约后具备进场条件", 24, False), ("开工后设备进场", 56, False),
                             ("厂房主体完工", 83, False), ("首件产品下线", 191, False)], unit="天", start="签约"),
        _spec("milestones", [("after signing: site ready", 24, False),
                             ("after ground-breaking: equipment in", 56, False), ("main plant built", 83, False),
                             ("first product off the line", 191, False)],
              unit="days", start="Signing"),
    ],
    "share": [
        _spec("share", [("八条新兴产业链项目占比（待核）", 70.6, False)], unit="%"),
        _spec("share", [("share of projects in the eight emerging industry chains (unconfirmed)", 70.6, False)],
              unit="%"),
    ],
}


def baseline(width: int, height: int, screen: int) -> None:
    """A bare figure of the same pixels and dpi with one line plot, drawn and copied out like a chart."""
    dpi = screen / 10.8
    fig = Figure(figsize=((width + 1e-3) / dpi, (height + 1e-3) / dpi), dpi=dpi)
    canvas = FigureCanvasAgg(fig)
    fig.add_subplot().plot(range(50), [(i * i) % 17 for i in range(50)])
    canvas.draw()
    bytes(canvas.buffer_rgba())
    fig.clear()


def timed(fn, *args, **kw) -> float:
    start = time.perf_counter_ns()
    fn(*args, **kw)
    return (time.perf_counter_ns() - start) / 1e6


def rss_bytes() -> tuple[int, str]:
    """Resident memory now (Linux: /proc/self/statm); elsewhere the peak, which can only show growth."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE"), "RSS"
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak * (1 if sys.platform == "darwin" else 1024), "peak RSS"


def time_kinds(runs: int) -> None:
    kinds = list(SPECS)
    samples: dict[tuple[str, str], list[float]] = {}
    for round_no in range(runs + 2):  # two warm-up rounds: font files, glyph caches, code paths
        for stage, (w, h, screen) in SIZES.items():
            jobs = [("baseline", lambda w=w, h=h, s=screen: baseline(w, h, s))]
            for kind in kinds:
                spec = SPECS[kind][round_no % len(SPECS[kind])]  # Chinese and English in turn
                jobs.append((kind, lambda spec=spec, w=w, h=h, s=screen: render_rgba(spec, THEME, w, h, s)))
            shift = round_no % len(jobs)  # rotate the order so no job always runs first
            for name, job in jobs[shift:] + jobs[:shift]:
                ms = timed(job)
                if round_no >= 2:
                    samples.setdefault((stage, name), []).append(ms)
    for stage, (w, h, _) in SIZES.items():
        base = median(samples[stage, "baseline"])
        print(f"{stage} stage, chart {w}x{h}: baseline (bare Figure + one line plot) median {base:.1f} ms")
        for kind in kinds:
            med = median(samples[stage, kind])
            print(f"  {kind:<16} median {med:7.1f} ms   ratio to baseline {med / base:5.2f}")


def memory_drift(rounds: int) -> bool:
    w, h, screen = SIZES["1920x1080"]
    warm = end = 0
    label = "RSS"
    specs = [spec for variants in SPECS.values() for spec in variants]
    for round_no in range(rounds):
        for spec in specs:
            render_rgba(spec, THEME, w, h, screen)
        if round_no + 1 == WARM_UP_ROUNDS:
            warm, label = rss_bytes()
    end, _ = rss_bytes()
    drift = (end - warm) / warm
    print(f"memory: {rounds} rounds x {len(specs)} charts at {w}x{h}; {label} after {WARM_UP_ROUNDS} rounds "
          f"{warm / 2**20:.1f} MiB, at the end {end / 2**20:.1f} MiB")
    ok = drift <= DRIFT_TARGET
    print(f"memory drift after warm-up: {drift * 100:+.2f} % (target <= {DRIFT_TARGET * 100:.0f} %) {verdict(ok)}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="timed renders per kind and size (default 20)")
    parser.add_argument("--rounds", type=int, default=200, help="rounds of every chart for the memory check "
                                                               f"(default 200, at least {WARM_UP_ROUNDS + 1})")
    args = parser.parse_args()
    if args.rounds <= WARM_UP_ROUNDS:
        parser.error(f"--rounds must be more than the {WARM_UP_ROUNDS} warm-up rounds")
    register_fonts(font_files())
    print(f"python {platform.python_version()} matplotlib {matplotlib.__version__} cores={os.cpu_count()}")
    time_kinds(args.runs)
    return 0 if memory_drift(args.rounds) else 1


if __name__ == "__main__":
    sys.exit(main())
