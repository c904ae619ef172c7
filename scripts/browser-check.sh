#!/usr/bin/env bash
# Renders `standpoint report --format html` of an article in headless
# Chromium and checks the page as the browser built it:
#
# - the DOM (from --dump-dom) holds the SVG stance chart and one mark per
#   speaker of `standpoint report --format json`, with nothing executable:
#   no <script>, no on* attribute, no javascript: URL, no external resource;
# - a screenshot (--screenshot --window-size=1280,1600) is written.
#
# Usage: scripts/browser-check.sh [ARTICLE] [SCREENSHOT]
#   ARTICLE     defaults to the reference article
#   SCREENSHOT  defaults to docs/report.png
#
# Needs Debian's `chromium` (apt-get install -y chromium) and python3.
# STANDPOINT may name a built binary; otherwise it is built with cargo.
set -euo pipefail
cd "$(dirname "$0")/.."

article=${1:-fixtures/articles/cnn-2018-09-24-second-summit.txt}
screenshot=${2:-docs/report.png}

chromium=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $chromium ]]; then
    echo "browser-check: chromium not found; install it with: apt-get install -y chromium" >&2
    exit 1
fi

if [[ -z ${STANDPOINT:-} ]]; then
    cargo build --quiet --locked -p standpoint
    STANDPOINT=target/debug/standpoint
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$STANDPOINT" report --format html "$article" > "$work/report.html"
"$STANDPOINT" report --format json "$article" > "$work/report.json"

# A fresh profile, and nothing that talks to the network on its own.
flags=(
    --headless
    --no-sandbox
    --disable-gpu
    --no-first-run
    --disable-background-networking
    --disable-component-update
    --disable-sync
    --disable-quic
    --hide-scrollbars
    --user-data-dir="$work/profile"
)

"$chromium" "${flags[@]}" --dump-dom "file://$work/report.html" > "$work/dom.html" 2> "$work/chromium.log" || {
    cat "$work/chromium.log" >&2
    echo "browser-check: chromium could not render the page" >&2
    exit 1
}

python3 - "$work/dom.html" "$work/report.json" <<'PY'
import json
import sys
from html.parser import HTMLParser

dom_path, json_path = sys.argv[1], sys.argv[2]
speakers = [s["name"] for s in json.load(open(json_path, encoding="utf-8"))["speakers"]]


class Dom(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.svg_charts = 0
        self.marks = []
        self.problems = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "script":
            self.problems.append("a <script> element")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.problems.append(f"an event handler attribute {name}= on <{tag}>")
            if name in ("href", "src", "xlink:href", "action", "formaction") and value:
                v = value.strip().lower()
                if v.startswith("javascript:"):
                    self.problems.append(f"a javascript: URL on <{tag}>")
                elif not v.startswith("#") and tag != "meta":
                    self.problems.append(f"an external reference {name}={value!r} on <{tag}>")
        if tag in ("link", "iframe", "img", "object", "embed"):
            self.problems.append(f"a <{tag}> element")
        if tag == "svg" and "chart" in classes:
            self.svg_charts += 1
        if tag == "g" and "mark" in classes and "svg" in self.stack:
            self.marks.append(attrs.get("data-speaker"))
        if tag not in ("meta", "br", "input", "hr", "wbr"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass


dom = Dom()
dom.feed(open(dom_path, encoding="utf-8").read())
errors = list(dom.problems)
if dom.svg_charts != 1:
    errors.append(f"expected one SVG stance chart, found {dom.svg_charts}")
missing = [s for s in speakers if s not in dom.marks]
if missing:
    errors.append(f"no chart mark for: {', '.join(missing)}")
extra = [m for m in dom.marks if m not in speakers]
if extra:
    errors.append(f"chart marks for speakers the report does not have: {', '.join(map(str, extra))}")
if not speakers:
    errors.append("the report has no speakers, so the check proves nothing")
if errors:
    for e in errors:
        print(f"browser-check: {e}", file=sys.stderr)
    sys.exit(1)
print(f"browser-check: the chart has a mark for each of {len(speakers)} speakers: {', '.join(speakers)}")
PY

mkdir -p "$(dirname "$screenshot")"
"$chromium" "${flags[@]}" --screenshot="$work/shot.png" --window-size=1280,1600 \
    "file://$work/report.html" >> "$work/chromium.log" 2>&1 || {
    cat "$work/chromium.log" >&2
    echo "browser-check: chromium could not take the screenshot" >&2
    exit 1
}
if [[ ! -s $work/shot.png ]]; then
    echo "browser-check: the screenshot is empty" >&2
    exit 1
fi
cp "$work/shot.png" "$screenshot"
echo "browser-check: screenshot written to $screenshot"
