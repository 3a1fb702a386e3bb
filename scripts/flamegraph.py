#!/usr/bin/env python3
"""Draws a flame graph as a static SVG from collapsed stacks ("a;b;c 42" per line), the format
async-profiler writes with its `collapsed` option. async-profiler itself draws only interactive HTML,
which a Markdown page cannot show; this keeps the profiles viewable beside the figures in docs/.

    scripts/flamegraph.py --title "clock at 3179 px" profile.collapsed > clock.svg

Frames are coloured by kind: Java (green), native C/C++ (yellow to red), kernel (orange). Frames
narrower than --min-width pixels are left out (their samples still count in their parents' widths).
Each frame's tooltip gives its samples and share of the whole profile.
"""

import argparse
import html
import sys
import zlib

FRAME_HEIGHT = 16
FONT_SIZE = 11
CHAR_WIDTH = 6.2  # average width of a FONT_SIZE character in the sans-serif fonts browsers pick
MARGIN = 10
HEADER = 44


class Frame:
    __slots__ = ("name", "samples", "children")

    def __init__(self, name):
        self.name = name
        self.samples = 0
        self.children = {}

    def child(self, name):
        node = self.children.get(name)
        if node is None:
            node = self.children[name] = Frame(name)
        return node


def read_stacks(lines):
    root = Frame("all")
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line:
            continue
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            sys.exit(f"line {number}: expected 'frame;frame;... SAMPLES', got {line[:80]!r}")
        samples = int(count)
        root.samples += samples
        node = root
        for name in stack.split(";"):
            node = node.child(name)
            node.samples += samples
    return root


def colour(name):
    """A fill per kind of frame, its shade from the name so that neighbours differ but runs agree."""
    shade = zlib.crc32(name.encode()) % 40
    if name.endswith("_[k]"):
        return f"rgb(225,{95 + shade},{45 + shade // 2})"
    if "/" in name and "::" not in name:  # Java frames are written pkg/Class.method
        return f"rgb({60 + shade},{175 + shade},{70 + shade // 2})"
    return f"rgb({215 + shade // 2},{195 + shade},{70 + shade})"


def depth(node, least_samples):
    """Levels of the frames that are drawn, so that pruned towers leave no empty band above."""
    shown = [child for child in node.children.values() if child.samples >= least_samples]
    return 1 + max((depth(child, least_samples) for child in shown), default=0)


def draw(root, title, subtitle, width, min_width):
    scale = (width - 2 * MARGIN) / max(root.samples, 1)
    height = HEADER + depth(root, min_width / scale) * FRAME_HEIGHT + MARGIN
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="Verdana, DejaVu Sans, sans-serif" '
        f'font-size="{FONT_SIZE}">',
        f'<rect width="{width}" height="{height}" fill="#f8f8f2"/>',
        f'<text x="{width / 2}" y="18" text-anchor="middle" font-size="15">{html.escape(title)}</text>',
        f'<text x="{width / 2}" y="34" text-anchor="middle" fill="#555">{html.escape(subtitle)}</text>',
    ]
    bottom = height - MARGIN

    def place(node, x, level):
        w = node.samples * scale
        if w < min_width:
            return
        y = bottom - (level + 1) * FRAME_HEIGHT
        share = 100.0 * node.samples / root.samples
        label = html.escape(node.name)
        out.append(
            f'<g><title>{label} ({node.samples:,} samples, {share:.2f}%)</title>'
            f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{FRAME_HEIGHT - 1}" '
            f'fill="{colour(node.name)}" rx="2"/>'
        )
        fits = int((w - 6) / CHAR_WIDTH)
        if fits >= 3:
            text = node.name if len(node.name) <= fits else node.name[: fits - 2] + ".."
            out.append(f'<text x="{x + 3:.1f}" y="{y + FRAME_HEIGHT - 4}">{html.escape(text)}</text>')
        out.append("</g>")
        child_x = x
        for child in sorted(node.children.values(), key=lambda c: c.name):
            place(child, child_x, level + 1)
            child_x += child.samples * scale

    place(root, MARGIN, 0)
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("collapsed", help="collapsed stacks, one 'frame;frame;... SAMPLES' per line")
    parser.add_argument("--title", default="Flame graph")
    parser.add_argument("--subtitle", default="", help="a second line, e.g. the command and the load")
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--min-width", type=float, default=1.5, help="pixels; narrower frames are left out")
    args = parser.parse_args()
    with open(args.collapsed, encoding="utf-8", errors="replace") as lines:
        root = read_stacks(lines)
    if root.samples == 0:
        sys.exit(f"{args.collapsed}: no samples (was the profiled command too short for the interval?)")
    subtitle = args.subtitle or f"{root.samples:,} samples"
    sys.stdout.write(draw(root, args.title, subtitle, args.width, args.min_width))


if __name__ == "__main__":
    main()
