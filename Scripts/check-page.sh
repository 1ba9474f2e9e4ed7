#!/usr/bin/env bash
# check-page.sh BASE_URL [SCREENSHOT.png] — renders the timeline page in headless Chromium (Debian's
# `chromium` package), asserts on the rendered DOM, and saves a screenshot to look at.
# The DOM must hold one <li class="event"> per event of the JSON listing, each with its title,
# and the filter form; no script is needed to see any of it (the page has none).
set -euo pipefail
base="${1:?usage: check-page.sh BASE_URL [SCREENSHOT.png]}"
shot="${2:-}"
browser=$(command -v chromium || command -v chromium-browser)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --user-data-dir="$profile" --virtual-time-budget=3000)
dom=$(timeout 60 "$browser" "${flags[@]}" --dump-dom "$base/?country=KP" 2>/dev/null)
listing=$(curl -sf "$base/v1/timeline?country=KP&limit=500")
DOM="$dom" LISTING="$listing" python3 - <<'PY'
import html.parser, json, os, sys

class Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.events, self.titles, self.forms, self.scripts = 0, [], 0, 0
        self._in_title = False
    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "li" and attrs.get("class") == "event": self.events += 1
        if tag == "form": self.forms += 1
        if tag == "script": self.scripts += 1
        if tag == "h2": self._in_title = True; self.titles.append("")
    def handle_endtag(self, tag):
        if tag == "h2": self._in_title = False
    def handle_data(self, data):
        if self._in_title: self.titles[-1] += data

page = Collector(); page.feed(os.environ["DOM"])
expected = [event["title"] for event in json.loads(os.environ["LISTING"])["events"]]
checks = [
    (page.events == len(expected), f"{page.events} events rendered, {len(expected)} listed"),
    (page.titles == expected, f"titles differ: {page.titles} vs {expected}"),
    (page.forms == 1, "one filter form"),
    (page.scripts == 0, "no scripts"),
]
failed = [message for ok, message in checks if not ok]
for message in failed: print("page check: FAILED:", message)
print(f"page: {len(checks) - len(failed)} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
PY
if [ -n "$shot" ]; then
    timeout 60 "$browser" "${flags[@]}" --window-size=1000,1400 --screenshot="$shot" "$base/" >/dev/null 2>&1
    echo "screenshot: $shot"
fi
