#!/usr/bin/env bash
# Install what the cross-engine suite (tests/engines/) needs, at pinned versions:
# Chromium and chromedriver, Firefox ESR, WebKitGTK's WebDriver (with its
# MiniBrowser) and Xvfb from Debian; geckodriver from crates.io.
# Idempotent: each step checks first and does nothing when the tool is there.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

GECKODRIVER_VERSION=0.37.1
MINIBROWSER=/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser

say() { printf '\033[1m[setup-engines]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
[ -x /usr/bin/firefox-esr ] || need_apt+=(firefox-esr)
{ [ -x /usr/bin/WebKitWebDriver ] && [ -x "$MINIBROWSER" ]; } || need_apt+=(webkit2gtk-driver libwebkit2gtk-4.1-0)
{ [ -x /usr/bin/xvfb-run ] && [ -x /usr/bin/Xvfb ]; } || need_apt+=(xvfb)
command -v xauth >/dev/null || need_apt+=(xauth)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "installing ${need_apt[*]} from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
fi

# Read the whole version text first: piped straight into `head`, geckodriver panics on the
# closed pipe, pipefail makes the check fail, and it was reinstalled (1.5 min) on every run.
gecko_versie() { local v; v="$(geckodriver --version 2>/dev/null || true)"; printf '%s\n' "${v%%$'\n'*}"; }
if ! gecko_versie | grep -qx "geckodriver $GECKODRIVER_VERSION\( .*\)\?"; then
  say "installing geckodriver $GECKODRIVER_VERSION (takes a few minutes once)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --force
fi

# selenium-webdriver comes from the committed package-lock.json (scripts/setup.sh).
if [ ! -f node_modules/selenium-webdriver/package.json ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  sha256sum package-lock.json | cut -d' ' -f1 > node_modules/.package-lock.sha
fi

say "$(/usr/bin/chromium --version 2>/dev/null | head -n1); $(/usr/bin/firefox-esr --version 2>/dev/null); $(gecko_versie); WebKitGTK $(dpkg-query -W -f '${Version}' libwebkit2gtk-4.1-0 2>/dev/null)"
