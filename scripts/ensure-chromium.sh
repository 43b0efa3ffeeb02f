#!/usr/bin/env bash
# Playwright drives Debian's chromium; nothing is downloaded by Playwright itself.
set -euo pipefail
[[ -x /usr/bin/chromium ]] && exit 0
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
	echo "Installing Debian's chromium for the browser tests…"
	(apt-get install -y -qq chromium >/dev/null 2>&1) || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)
	exit 0
fi
echo "Browser tests need /usr/bin/chromium: run 'sudo apt-get install -y chromium' and try again." >&2
exit 1
