#!/bin/sh
# Screenshots of the site's pictures, desktop (1366 px wide) and phone (390 px), from a built site:
#   mvn -o -q package && docs/screenshots/make-screenshots.sh [target/site]
# Headless Chromium with no network; PNGs land next to this script. The booklet's opening page is
# rasterised with pdftoppm. Add a page here as "name path height" (height: how much of the page to show).
set -eu
site=$(cd "${1:-target/site}" && pwd)
out=$(cd "$(dirname "$0")" && pwd)
pdf_only=${2:-}
shoot() { # name path width height
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$profile" --window-size="$3,$4" --screenshot="$out/$1.png" "file://$site/$2" 2>/dev/null
  rm -rf "$profile"
}
[ "$pdf_only" = "--pdf" ] || while read -r name path height; do
  shoot "$name-bureau" "$path" 1366 "$height"
  shoot "$name-telephone" "$path" 390 "$height"
done <<PAGES
carte-accueil index.html 1500
carte-regions regions/index.html 1100
chronologie periodes.html 1300
retombees retombees/index.html 1500
categorie categories/vivre-ensemble.html 1000
PAGES
[ "$pdf_only" = "--pdf" ] || pdftoppm -png -r 60 -f 2 -l 2 -singlefile "$site/pdf/livret-toutes-les-fiches.pdf" "$out/livret-ouverture"
# PDFs (docs/PRINT.md): both pages of the longest fiche's forum version, a fiche PDF's first page, and a
# booklet's cover and contents, a named booklet's cover and the selection page. Only these: docs/screenshots/make-screenshots.sh target/site --pdf
pdfs() {
  pdftoppm -png -r 60 "$site/pdf/forum/projet-clic.pdf" "$out/pdf-forum-projet-clic"
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$site/pdf/place-de-la-rive.pdf" "$out/pdf-fiche-place-de-la-rive-1"
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$site/pdf/livret-vivre-ensemble.pdf" "$out/pdf-livret-vivre-ensemble-couverture"
  pdftoppm -png -r 60 -f 3 -l 3 -singlefile "$site/pdf/livret-vivre-ensemble.pdf" "$out/pdf-livret-vivre-ensemble-sommaire"
  # The first fiche of the booklet: the same layout as the fiche's own PDF, numbered within the booklet.
  pdftoppm -png -r 60 -f 4 -l 4 -singlefile "$site/pdf/livret-vivre-ensemble.pdf" "$out/pdf-livret-vivre-ensemble-fiche"
  # A named booklet of content/data/livrets.yaml, and the page that lists it.
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$site/pdf/livrets/forum-jeunes.pdf" "$out/pdf-livret-forum-jeunes-couverture"
  shoot selection-livrets-bureau selection.html 1366 900
  shoot selection-livrets-telephone selection.html 390 1400
}
pdfs
