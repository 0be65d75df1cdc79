#!/usr/bin/env bash
# The one test command (npm test): unit + renderer, then integration inside a real keychain session,
# then the built renderer in Chromium. Each layer also runs alone: npm run test:unit / :integration / :e2e.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== unit and renderer tests"
npx vitest run --project unit --project renderer

echo "== integration tests (real Secret Service keychain in a private dbus session)"
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  bash scripts/with-keychain.sh npx vitest run --project integration
elif [ "${CI:-}" = "true" ]; then
  echo "CI: dbus-run-session and gnome-keyring-daemon are required (apt-get install dbus gnome-keyring)" >&2
  exit 1
else
  echo "!!! No dbus/gnome-keyring: keychain tests will skip loudly." >&2
  npx vitest run --project integration
fi

echo "== e2e tests (built renderer in headless Chromium)"
npm run build --silent
npx vitest run --project e2e
