#!/usr/bin/env bash
# Runs its arguments inside a private D-Bus session with an unlocked gnome-keyring (Secret Service),
# with a fresh temporary HOME so real keyrings are never touched; stops that daemon at the end.
# Usage: scripts/with-keychain.sh npx vitest run --project integration
# Needs: apt-get install -y gnome-keyring dbus dbus-x11 (and libsecret-1-dev to build keytar).
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 command [args...]" >&2
  exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "with-keychain: '$tool' not found; run: apt-get install -y gnome-keyring dbus dbus-x11" >&2
    exit 127
  fi
done

# A fresh HOME makes node-gyp look for headers elsewhere: point it at the system's Node headers.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
# Keep the caller's npm cache instead of filling the temporary HOME.
export npm_config_cache="${npm_config_cache:-${HOME:-/root}/.npm}"
export npm_config_update_notifier=false

keychain_home="$(mktemp -d "${TMPDIR:-/tmp}/stockroom-keychain.XXXXXX")"
trap 'rm -rf "$keychain_home"' EXIT

# The inner script runs inside the D-Bus session; "$@" is passed through untouched.
# shellcheck disable=SC2016
HOME="$keychain_home" dbus-run-session -- bash -c '
  set -u
  # The password must end with a newline; without one the daemon tries to prompt and fails.
  printf "pw\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  # The daemon claims org.freedesktop.secrets a moment after it returns: wait for it, and take its pid
  # from the bus so exactly that process is stopped at the end.
  daemon_pid=""
  for _ in $(seq 1 50); do
    reply="$(dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
      org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null || true)"
    daemon_pid="$(printf "%s" "$reply" | awk "/uint32/ { print \$2 }")"
    [ -n "$daemon_pid" ] && break
    sleep 0.1
  done
  if [ -z "$daemon_pid" ]; then
    echo "with-keychain: gnome-keyring did not register the Secret Service; running anyway" >&2
  fi
  stop_daemon() { if [ -n "$daemon_pid" ]; then kill "$daemon_pid" 2>/dev/null || true; fi; }
  trap stop_daemon EXIT
  "$@"
' with-keychain "$@"
