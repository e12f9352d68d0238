#!/usr/bin/env bash
# One fiche changed: the real site built HTML-only vs with PDFs (warm caches), 5 runs each, medians of
# the wall time and of the process CPU (user + sys: the steadier figure on a shared machine).
# Usage: docs/pdf-rebuild.sh [repository with target/fiches.jar, default .]  (after mvn -DskipTests package)
set -eu
repo=$(cd "${1:-.}" && pwd); work=$(mktemp -d)
cp -r "$repo/content" "$repo/templates" "$repo/assets" "$work/"
[ -f "$repo/pom.xml" ] && cp "$repo/pom.xml" "$work/"
f=$work/content/fiches/multiboulot.md
# Prints "wall cpu" of one build.
build() {
  /usr/bin/time -f "%e %U %S" "$repo/fiches" build --project "$work" --output "$work/site" "$@" 2>&1 >/dev/null \
    | tail -1 | awk '{ printf "%s %.2f\n", $1, $2 + $3 }'
}
build >/dev/null; build --no-pdf >/dev/null   # warm both caches (and make the class archive if missing)
html=(); pdf=(); html_cpu=(); pdf_cpu=()
for i in 1 2 3 4 5; do
  printf "\nParagraphe de mesure %s a.\n" "$i" >> "$f"
  read -r wall cpu < <(build --no-pdf); html+=("$wall"); html_cpu+=("$cpu")
  printf "\nParagraphe de mesure %s b.\n" "$i" >> "$f"
  read -r wall cpu < <(build); pdf+=("$wall"); pdf_cpu+=("$cpu")
done
med() { printf '%s\n' "$@" | sort -n | sed -n 3p; }
echo "HTML only, one fiche changed: ${html[*]} -> median $(med "${html[@]}") s (CPU ${html_cpu[*]} -> $(med "${html_cpu[@]}") s)"
echo "with PDFs, one fiche changed: ${pdf[*]} -> median $(med "${pdf[@]}") s (CPU ${pdf_cpu[*]} -> $(med "${pdf_cpu[@]}") s)"
python3 -c "print('ratio %.2f (CPU %.2f)' % ($(med "${pdf[@]}")/$(med "${html[@]}"), $(med "${pdf_cpu[@]}")/$(med "${html_cpu[@]}")))"
uptime
rm -rf "$work"
