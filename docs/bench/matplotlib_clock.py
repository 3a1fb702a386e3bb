"""Times a matplotlib analog clock like the released AlgoPuzzleVQA clock images (3179 x 3179 px).

A stand-in for the released Python generators, which are not available here: the same kind of
figure (a circle, 60 ticks, 12 numbers, two hands) saved the way they were saved (dpi-scaled JPEG),
so that PuzzleLens's figures can be compared with a measured cost rather than a guess.
Usage: /usr/bin/python3 docs/bench/matplotlib_clock.py [repeats] [pixels] [jpg|png]
"""
import math
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def clock(path, pixels, hour, minute, fmt):
    dpi = 500
    fig, ax = plt.subplots(figsize=(pixels / dpi, pixels / dpi), dpi=dpi)
    ax.set_xlim(-1.1, 1.1)
    ax.set_ylim(-1.1, 1.1)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.add_patch(plt.Circle((0, 0), 1.0, fill=False, linewidth=2))
    for tick in range(60):
        a = math.radians(90 - tick * 6)
        inner = 0.9 if tick % 5 == 0 else 0.95
        ax.plot([inner * math.cos(a), math.cos(a)], [inner * math.sin(a), math.sin(a)],
                color="black" if tick % 5 == 0 else "grey", linewidth=1.5 if tick % 5 == 0 else 0.8)
    for n in range(1, 13):
        a = math.radians(90 - n * 30)
        ax.text(0.8 * math.cos(a), 0.8 * math.sin(a), str(n), ha="center", va="center", fontsize=12,
                fontweight="bold", color="#263c3c")
    for angle, length, width, colour in ((90 - (hour % 12) * 30 - minute * 0.5, 0.5, 5, "saddlebrown"),
                                         (90 - minute * 6, 0.8, 3, "seagreen")):
        a = math.radians(angle)
        ax.plot([0, length * math.cos(a)], [0, length * math.sin(a)], color=colour, linewidth=width)
    ax.add_patch(plt.Circle((0, 0), 0.04, color="black"))
    fig.savefig(path, dpi=dpi, format=fmt)
    plt.close(fig)


if __name__ == "__main__":
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    pixels = int(sys.argv[2]) if len(sys.argv) > 2 else 3179
    fmt = sys.argv[3] if len(sys.argv) > 3 else "jpg"
    clock("/tmp/mpl_warmup." + fmt, pixels, 3, 40, fmt)
    start = time.perf_counter()
    for i in range(repeats):
        clock(f"/tmp/mpl_clock_{i % 2}.{fmt}", pixels, 1 + i % 12, (7 * i) % 60, fmt)
    elapsed = time.perf_counter() - start
    print(f"matplotlib clock at {pixels} px ({fmt}): {elapsed / repeats * 1000:.0f} ms per image "
          f"({repeats / elapsed:.2f} images/s), matplotlib {matplotlib.__version__}")
