#!/usr/bin/env bash
# Regenerates docs/GALLERY.md and docs/img/gallery/: one instance of every puzzle type (seed 42,
# index 0, released ranges) with its question, answer and description beside its image.
# Rerun it when a generator, renderer or describer changes.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/img/gallery
mkdir -p "$out"
types=$(./puzzlelens types | awk -F'|' 'NR > 2 { gsub(/ /, "", $2); print $2 }')
{
  echo "# Gallery"
  echo
  echo "One instance of each puzzle type (\`./puzzlelens show TYPE --seed 42 --index 0\`, preset \`algopuzzlevqa\`),"
  echo "with the description the text condition shows instead of the image. Regenerate with"
  echo "\`scripts/readme-gallery.sh\`."
  echo
  echo "| image | type, question, answer and description |"
  echo "|---|---|"
  for t in $types; do
    text=$(./puzzlelens show "$t" --image-size 192 --out "$out/$t.png")
    question=$(printf '%s\n' "$text" | sed -n 's/^Question: //p' | tr '|' '/')
    answer=$(printf '%s\n' "$text" | sed -n 's/^Answer: //p' | tr '|' '/')
    description=$(printf '%s\n' "$text" | sed -n 's/^Description: //p' | tr '|' '/')
    echo "| <img src=\"img/gallery/$t.png\" width=\"160\" alt=\"$t\"> | **$t**: $question Answer: $answer<br><br>$description |"
  done
} > docs/GALLERY.md
echo "wrote docs/GALLERY.md and $(ls "$out" | wc -l) images in $out"
