#!/usr/bin/env bash
# Builds the site (without PDFs) and writes screenshots of five kinds of page, at desktop (1366×900)
# and phone (390×844) size, into docs/screenshots/. Needs Debian's chromium. Usage: docs/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q package -Dsite.pdf=false -DskipTests
out=docs/screenshots
mkdir -p "$out"
pages="accueil:index.html fiche:fiches/projet-clic.html categorie:categories/vivre-ensemble.html partenaires:partenaires/index.html recherche:recherche.html?q=jardin"
for entry in $pages; do
  name=${entry%%:*}; page=${entry#*:}
  for size in 1366,900 390,844; do
    profile=$(mktemp -d)
    label=$([ "$size" = 1366,900 ] && echo bureau || echo telephone)
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --hide-scrollbars \
      --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" \
      --window-size="$size" --virtual-time-budget=3000 --screenshot="$out/$name-$label.png" \
      "file://$PWD/target/site/$page" >/dev/null 2>&1
    rm -rf "$profile"
  done
done
ls -l "$out"
