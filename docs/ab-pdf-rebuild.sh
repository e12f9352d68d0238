#!/usr/bin/env bash
# A/B of two builds of the tool on the real site with PDFs, one fiche changed before every build (warm
# caches, as docs/pdf-rebuild.sh). Each round runs one HTML-only build of A (the reference for the
# ratio), then A and B with PDFs, in alternating order (ABBA): on a shared machine the second build of
# a pair is often the faster, and the median of the paired differences cancels the drift across rounds.
# Usage: docs/ab-pdf-rebuild.sh REPO_A REPO_B [ROUNDS, default 11] [FICHE, default multiboulot]
#        (each repository with target/fiches.jar: mvn -DskipTests package)
set -eu
a_repo=$(cd "$1" && pwd); b_repo=$(cd "$2" && pwd); rounds=${3:-11}; fiche=${4:-multiboulot}
work=$(mktemp -d)
for side in a b; do
  repo=$a_repo; [ "$side" = b ] && repo=$b_repo
  mkdir -p "$work/$side"
  cp -r "$repo/content" "$repo/templates" "$repo/assets" "$work/$side/"
  [ -f "$repo/pom.xml" ] && cp "$repo/pom.xml" "$work/$side/"
  "$repo/fiches" build --project "$work/$side" --output "$work/$side/site" >/dev/null 2>&1
  "$repo/fiches" build --project "$work/$side" --output "$work/$side/site" --no-pdf >/dev/null 2>&1
done
# Prints "wall cpu" of one build of repository $1 on project $2 after an edit.
build() {
  printf "\nParagraphe de mesure %s.\n" "$RANDOM" >> "$2/content/fiches/$fiche.md"
  /usr/bin/time -f "%e %U %S" "$1/fiches" build --project "$2" --output "$2/site" "${@:3}" 2>&1 >/dev/null \
    | tail -1 | awk '{ printf "%s %.2f\n", $1, $2 + $3 }'
}
html=(); a=(); b=(); diff=()
for i in $(seq 1 "$rounds"); do
  read -r wall _ < <(build "$a_repo" "$work/a" --no-pdf); html+=("$wall")
  if [ $((i % 2)) = 1 ]; then
    read -r x _ < <(build "$a_repo" "$work/a"); read -r y _ < <(build "$b_repo" "$work/b")
  else
    read -r y _ < <(build "$b_repo" "$work/b"); read -r x _ < <(build "$a_repo" "$work/a")
  fi
  a+=("$x"); b+=("$y"); diff+=("$(awk -v x="$x" -v y="$y" 'BEGIN { printf "%.2f", y - x }')")
done
med() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "HTML only (A): ${html[*]} -> median $(med "${html[@]}") s"
echo "A with PDFs:   ${a[*]} -> median $(med "${a[@]}") s"
echo "B with PDFs:   ${b[*]} -> median $(med "${b[@]}") s"
echo "B - A, paired: ${diff[*]} -> median $(med "${diff[@]}") s"
uptime
rm -rf "$work"
