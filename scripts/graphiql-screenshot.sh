#!/usr/bin/env bash
# Screenshots the GraphiQL page of a running Diplograph with headless Chromium, offline.
#
# Usage: scripts/graphiql-screenshot.sh [--check] [BASE_URL] [OUT_PNG] [EXPECTED]
#   BASE_URL  where the application runs (default http://localhost:8080, may include a context path)
#   OUT_PNG   the screenshot to write (default target/graphiql.png)
#   EXPECTED  with --check, text the result of the first example must contain (default Bangladesh)
#   --check   also run the first example query: installs playwright-core (no browsers) with npm
#             into $GRAPHIQL_CHECK_DIR (default ${TMPDIR:-/tmp}/diplograph-graphiql-check) and runs
#             scripts/graphiql-check.mjs, which clicks the run button and waits for the result.
#
# Both modes resolve no host but the application's, so a page that needs the internet fails.
# Exit status: 0 rendered (and, with --check, the query answered), 1 failed, 2 missing tool.
set -euo pipefail

check=false
if [[ "${1:-}" == "--check" ]]; then
	check=true
	shift
fi
base_url="${1:-http://localhost:8080}"
base_url="${base_url%/}"
out="${2:-target/graphiql.png}"
chromium_bin="${CHROMIUM:-chromium}"
script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! command -v "$chromium_bin" >/dev/null 2>&1; then
	echo "Chromium is not installed. Install it with:" >&2
	echo "  apt-get update && apt-get install -y chromium" >&2
	exit 2
fi
mkdir -p "$(dirname "$out")"

if [[ "$check" == true ]]; then
	for tool in node npm; do
		if ! command -v "$tool" >/dev/null 2>&1; then
			echo "--check needs $tool (apt-get install -y nodejs npm)" >&2
			exit 2
		fi
	done
	check_dir="${GRAPHIQL_CHECK_DIR:-${TMPDIR:-/tmp}/diplograph-graphiql-check}"
	if [[ ! -d "$check_dir/node_modules/playwright-core" ]]; then
		echo "Installing playwright-core into $check_dir" >&2
		mkdir -p "$check_dir"
		if ! PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$check_dir" --no-audit --no-fund --silent \
				"playwright-core@${PLAYWRIGHT_CORE_VERSION:-1.56.1}" >&2; then
			echo "Could not install playwright-core with npm; run without --check for a plain screenshot" >&2
			exit 2
		fi
	fi
	CHROMIUM="$(command -v "$chromium_bin")" PLAYWRIGHT_CORE_DIR="$check_dir" \
		exec node "$script_dir/graphiql-check.mjs" "$base_url" "$out" ${3:+"$3"}
fi

# Resolve nothing but the application's host: any CDN request fails as it would offline.
host="${base_url#*://}"
host="${host%%/*}"
if [[ "$host" == \[* ]]; then
	host="${host%%]*}"
	host="${host#[}"
else
	host="${host%%:*}"
fi
resolver_rules="MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE $host"

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chromium_flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
	--disable-background-networking --disable-component-update --disable-sync
	--host-resolver-rules="$resolver_rules" --user-data-dir="$profile"
	--window-size=1280,800 --virtual-time-budget=15000)

# The rendered DOM tells whether GraphiQL started: its container and the example tabs.
dom="$("$chromium_bin" "${chromium_flags[@]}" --dump-dom "$base_url/graphiql" 2>/dev/null || true)"
if ! grep -q 'class="graphiql-container' <<<"$dom" || ! grep -q 'class="graphiql-tab' <<<"$dom"; then
	echo "GraphiQL did not render at $base_url/graphiql" >&2
	grep -o 'class="diplograph-message diplograph-error">[^<]*' <<<"$dom" | cut -d'>' -f2 >&2 || true
	exit 1
fi

rm -f "$out"
"$chromium_bin" "${chromium_flags[@]}" --screenshot="$out" "$base_url/graphiql" >/dev/null 2>&1 || true
if [[ ! -s "$out" ]]; then
	echo "Chromium wrote no screenshot to $out" >&2
	exit 1
fi
echo "GraphiQL rendered at $base_url/graphiql; screenshot: $out"
