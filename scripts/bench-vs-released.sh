#!/usr/bin/env bash
# The released AlgoPuzzleVQA generators (Python: matplotlib, Pillow) against `puzzlelens generate`, side by
# side at the released images' own sizes. Per type it prints the marginal CPU milliseconds per instance,
# (T(LARGE) - T(SMALL)) / (LARGE - SMALL) of whole-process CPU times (user + system, every thread), so
# start-up and set-up cancel and other jobs on the machine do not count (wall time would), with the two
# programs alternated and both pinned to one core; then the ratio released / ours, for
# our default PNG and for --image-format jpeg (what the released set ships). Last, it checks that our
# JPEG records read the way the released loader reads records: JSON fields, and Pillow opening the image.
#
#   scripts/bench-vs-released.sh RELEASED_CHECKOUT [TYPE,TYPE,...]
#
# RELEASED_CHECKOUT is a clone of https://github.com/declare-lab/LLM-PuzzleTest at the pinned commit
# below; the project does not copy its code. Its Python needs come from Debian:
#   apt-get install python3-matplotlib python3-numpy python3-pandas python3-scipy python3-shapely \
#     python3-tqdm python3-num2words python3-pil python3-ipython
# (rubiks_cube also needs `magiccube`, which Debian does not package: that row says so.)
# Environment: SMALL (default 5), LARGE (default 25), PYTHON (default /usr/bin/python3), CORE (default 0).
set -euo pipefail
PINNED=9b3a074cca0cfe3f06ef57acae425992fe98a8fb
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
released="${1:?usage: scripts/bench-vs-released.sh RELEASED_CHECKOUT [TYPES] (a clone of declare-lab/LLM-PuzzleTest at $PINNED)}"
only="${2:-}"
small="${SMALL:-5}" large="${LARGE:-25}" python="${PYTHON:-/usr/bin/python3}" core="${CORE:-0}"
at=$(git -C "$released" rev-parse HEAD 2>/dev/null || echo "not a git checkout")
if [ "$at" != "$PINNED" ]; then
  echo "$released is at $at; check out $PINNED (git -C $released checkout $PINNED)" >&2; exit 2
fi
"$python" -c 'import matplotlib, numpy, PIL, pandas, scipy, shapely, tqdm, num2words, IPython' 2>/dev/null || {
  echo "$python lacks the released generators' packages; see the apt-get line at the top of $0" >&2; exit 2; }
pin=(); command -v taskset >/dev/null && pin=(taskset -c "$core")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# our type : released script : long side in px of the released images (the first of each type)
types="board_tile:board_tile.py:1687 calendar:calendar_day.py:1200 chain_link:chain_link.py:1325
checker_move:checker_move.py:681 clock:clock.py:3179 colour_hue:colour_hue.py:2860 map:map_colour.py:1926
maze:maze.py:3000 move_box:move_box.py:512 n_queens:n_queens.py:1272 number_slide:number_slide.py:820
rotting_kiwi:rotting_kiwi.py:512 rubiks_cube:rubiks_cube.py:2028 think_dot:think_dot.py:1930
tower_of_hanoi:tower_of_hanoi.py:1900 water_jugs:water_jugs.py:1474 wheel_of_fortune:wheel_of_fortune.py:2832
wood_slide:wood_slide.py:2370"

# cpu COMMAND...: the CPU seconds (user + system) the command used, or nothing when it failed
cpu() {
  if /usr/bin/time -f "%U %S" -o "$work/time" "${pin[@]}" "$@" >"$work/run.log" 2>&1; then
    awk '{ print $1 + $2 }' "$work/time"
  fi
}
# released SCRIPT N: one released run stopped after N saved images
released_run() {
  rm -rf "$work/gen" && cp -r "$released/AlgoPuzzleVQA/generation" "$work/gen"
  cpu "$python" "$root/scripts/released_until.py" "$work/gen" "$1" "$2" || true
  cp "$work/run.log" "$work/released.log"
}
# ours TYPE SIZE N FORMAT: one `generate` of N instances on one thread
ours_run() {
  rm -rf "$work/ours-$4"
  cpu "$root/puzzlelens" generate --types "$1" --image-size "$2" --count "$3" --image-format "$4" \
    --threads 1 --seed 1 --out "$work/ours-$4"
}
ms() { awk -v a="$1" -v b="$2" -v n=$((large - small)) 'BEGIN { printf "%.1f", (b - a) / n * 1e3 }'; }
ratio() { awk -v r="$1" -v o="$2" 'BEGIN { if (r == "" || o <= 0) print "-"; else printf "%.1fx", r / o }'; }

"$root/puzzlelens" types >/dev/null # build once, outside the timings
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $("$python" -c 'import matplotlib; print("matplotlib", matplotlib.__version__)'), pinned to core $core: ${pin[*]:-no taskset}"
echo
echo "| type | size px | released CPU ms | ours PNG CPU ms | ratio | ours JPEG CPU ms | ratio |"
echo "|---|---|---|---|---|---|---|"
for entry in $types; do
  IFS=: read -r type script size <<<"$entry"
  if [ -n "$only" ] && [[ ",$only," != *",$type,"* ]]; then continue; fi
  # alternated: released, ours, released, ours, so that a change in the machine's load hits both
  r1=$(released_run "$script" "$small"); p1=$(ours_run "$type" "$size" "$small" png); j1=$(ours_run "$type" "$size" "$small" jpeg)
  r2=$(released_run "$script" "$large"); p2=$(ours_run "$type" "$size" "$large" png); j2=$(ours_run "$type" "$size" "$large" jpeg)
  png=$(ms "$p1" "$p2"); jpeg=$(ms "$j1" "$j2")
  if [ -n "$r1" ] && [ -n "$r2" ]; then
    rel=$(ms "$r1" "$r2")
  else
    rel=""; echo "  ($type: the released script failed: $(tail -1 "$work/released.log"))" >&2
  fi
  echo "| $type | $size | ${rel:--} | $png | $(ratio "$rel" "$png") | $jpeg | $(ratio "$rel" "$jpeg") |"
  # our JPEG records, read as the released loader reads them (json fields, then PIL.Image.open)
  "$python" - "$work/ours-jpeg" "$type" "$size" <<'PY' || { echo "our JPEG records of $type are not readable as released ones" >&2; exit 1; }
import json, sys
from pathlib import Path
from PIL import Image
folder, kind, size = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
for line in (folder / f"{kind}.json").read_text(encoding="utf-8").splitlines():
    record = json.loads(line)
    assert all(isinstance(record[k], str) for k in ("question", "answer", "image")), record.keys()
    assert record["answer"] in record["options"], record["answer"]
    with Image.open(folder / record["image"]) as image:
        image.verify()
        assert image.format == "JPEG" and max(image.size) == size, (image.format, image.size)
PY
done
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); our JPEG records of every row were read as released ones (fields, Pillow)"
