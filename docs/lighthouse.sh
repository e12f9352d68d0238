#!/usr/bin/env bash
# Lighthouse (12.x, default mobile profile with simulated throttling) on five pages of the built site,
# served over HTTP on 127.0.0.1 with gzip as GitHub Pages serves it; each page RUNS times (default 3),
# prints the median of each score and of CLS, with the load average of each run (the machine is shared).
# Needs: a built site (mvn -o -q package), Node 20, Chromium and Lighthouse:
#   npm install --prefix /tmp/lh lighthouse@12.2.3
# Usage: docs/lighthouse.sh [site folder, default target/site]   (LIGHTHOUSE, CHROME_PATH, RUNS, PORT)
set -euo pipefail
cd "$(dirname "$0")/.."
site=${1:-target/site}
lighthouse=${LIGHTHOUSE:-/tmp/lh/node_modules/.bin/lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
runs=${RUNS:-3}
port=${PORT:-8765}
out=$(mktemp -d)
python3 - "$site" "$port" <<'PY' &
import gzip, http.server, os, sys
root, port = sys.argv[1], int(sys.argv[2])
class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *a, **k):
        super().__init__(*a, directory=root, **k)
    def log_message(self, *a):
        pass
    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path) or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        with open(path, "rb") as f:
            body = gzip.compress(f.read(), 6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        import io
        return io.BytesIO(body)
http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
PY
server=$!
trap 'kill $server; rm -rf "$out"' EXIT
sleep 1
pages="accueil:index.html fiche:fiches/projet-clic.html categorie:categories/vivre-ensemble.html partenaires:partenaires/index.html recherche:recherche.html?q=jardin"
printf '%-12s %5s %5s %5s %5s %7s  %s\n' page perf a11y bp seo cls "load average per run"
for entry in $pages; do
  name=${entry%%:*}; page=${entry#*:}
  loads=""
  for i in $(seq "$runs"); do
    loads="$loads $(cut -d' ' -f1 /proc/loadavg)"
    "$lighthouse" "http://127.0.0.1:$port/$page" --quiet --output=json --output-path="$out/$name-$i.json" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" >/dev/null 2>&1
  done
  median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  score() { for f in "$out/$name"-*.json; do jq -r "$1" "$f"; done | median; }
  printf '%-12s %5s %5s %5s %5s %7s  %s\n' "$name" \
    "$(score '.categories.performance.score*100|round')" "$(score '.categories.accessibility.score*100|round')" \
    "$(score '.categories["best-practices"].score*100|round')" "$(score '.categories.seo.score*100|round')" \
    "$(score '.audits["cumulative-layout-shift"].numericValue*1000|round/1000')" "$loads"
  # What costs, from the median-performance run's failed audits, for the reader of this output.
  if [ -n "${DETAILS:-}" ]; then
    jq -r '.audits | to_entries[] | select(.value.score != null and .value.score < 0.9) | "    " + .key + ": " + (.value.displayValue // "")' "$out/$name-1.json"
  fi
done
