#!/usr/bin/env bash
# One fiche changed: the real site built HTML-only vs with PDFs (warm caches), 5 runs each, medians.
# Usage: docs/pdf-rebuild.sh [repository with target/fiches.jar, default .]  (after mvn -DskipTests package)
set -eu
repo=$(cd "${1:-.}" && pwd); work=$(mktemp -d)
cp -r "$repo/content" "$repo/templates" "$repo/assets" "$work/"
[ -f "$repo/pom.xml" ] && cp "$repo/pom.xml" "$work/"
f=$work/content/fiches/multiboulot.md
build() { /usr/bin/time -f "%e" "$repo/fiches" build --project "$work" --output "$work/site" "$@" 2>&1 >/dev/null | tail -1; }
build >/dev/null; build --no-pdf >/dev/null   # warm both caches and the class archive
html=(); pdf=()
for i in 1 2 3 4 5; do
  printf "\nParagraphe de mesure %s a.\n" "$i" >> "$f"
  html+=($(build --no-pdf))
  printf "\nParagraphe de mesure %s b.\n" "$i" >> "$f"
  pdf+=($(build))
done
med() { printf '%s\n' "$@" | sort -n | sed -n 3p; }
echo "HTML only, one fiche changed: ${html[*]} -> median $(med "${html[@]}") s"
echo "with PDFs, one fiche changed: ${pdf[*]} -> median $(med "${pdf[@]}") s"
python3 -c "print('ratio %.2f' % ($(med "${pdf[@]}")/$(med "${html[@]}")))"
uptime
rm -rf "$work"
