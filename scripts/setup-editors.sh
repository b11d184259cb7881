#!/usr/bin/env bash
# Installs the editors that the end-to-end tests drive:
#   - Debian packages: chromium (drives the VS Code web workbench), neovim (a second LSP
#     client), ripgrep (VS Code's search binary), libkrb5-dev (VS Code's kerberos module).
#   - VS Code 1.100.3 itself, taken from the npm package code-server@4.100.3 (the only way to
#     get a real VS Code build from the npm registry), into .cache/ inside the repository.
#
# Idempotent: a marker file records what was installed; a second run only checks it.
# Usage: scripts/setup-editors.sh [--force] [--no-apt] [--apt-only]
#   --force     reinstall the VS Code build even if the marker matches
#   --no-apt    do not touch Debian packages (only check that they are there)
#   --apt-only  only make sure the Debian packages are installed
# Prints the VS Code server folder on its last line.
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
VSCODE_VERSION="1.100.3"
APT_PACKAGES=(chromium neovim ripgrep libkrb5-dev)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${SOURCED_EDITORS_CACHE:-$ROOT/.cache}"
INSTALL_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
CODE_SERVER="$INSTALL_DIR/node_modules/code-server"
VSCODE_DIR="$CODE_SERVER/lib/vscode"
MARKER="$INSTALL_DIR/.installed"
MARKER_TEXT="code-server@$CODE_SERVER_VERSION vscode@$VSCODE_VERSION node@$(node -p 'process.versions.modules')"

force=0
use_apt=1
apt_only=0
for arg in "$@"; do
  case "$arg" in
    --force) force=1 ;;
    --no-apt) use_apt=0 ;;
    --apt-only) apt_only=1 ;;
    *) echo "setup-editors: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

log() { printf '[setup-editors] %s\n' "$*" >&2; }

# Keep every tool's home out of ~ (npm's download cache stays where npm keeps it).
export XDG_CONFIG_HOME="$CACHE/xdg/config"
export XDG_DATA_HOME="$CACHE/xdg/data"
export XDG_CACHE_HOME="$CACHE/xdg/cache"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"

# ---------------------------------------------------------------- Debian packages
apt_missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    apt_missing+=("$pkg")
  fi
done
# Native modules of VS Code are compiled with node-gyp.
for tool in make g++ python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    case "$tool" in
      python3) apt_missing+=(python3) ;;
      *) apt_missing+=(build-essential) ;;
    esac
  fi
done

if ((${#apt_missing[@]})); then
  if ((use_apt == 0)); then
    log "missing Debian packages: ${apt_missing[*]} (run without --no-apt to install them)"
    exit 1
  fi
  if [[ $(id -u) -ne 0 ]]; then
    SUDO=sudo
  else
    SUDO=
  fi
  log "installing Debian packages: ${apt_missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Only refresh the package lists when apt has none yet or they are over a day old;
  # retry once after a refresh if the install cannot find a package.
  lists_fresh=0
  if compgen -G '/var/lib/apt/lists/*_Packages' >/dev/null &&
     [[ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages' -mmin +1440 -print -quit)" ]]; then
    lists_fresh=1
  fi
  if ((lists_fresh == 0)); then
    $SUDO apt-get update -qq
  fi
  if ! $SUDO apt-get install -y -qq "${apt_missing[@]}" >/dev/null; then
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq "${apt_missing[@]}" >/dev/null
  fi
else
  log "Debian packages present: ${APT_PACKAGES[*]}"
fi

if ((apt_only)); then
  exit 0
fi

# ---------------------------------------------------------------- VS Code (code-server)
if ((force == 0)) && [[ -f "$MARKER" ]] && [[ "$(cat "$MARKER")" == "$MARKER_TEXT" ]] &&
   [[ -f "$VSCODE_DIR/out/server-main.js" ]]; then
  log "VS Code $VSCODE_VERSION already installed ($MARKER_TEXT)"
  echo "$VSCODE_DIR"
  exit 0
fi

log "installing VS Code $VSCODE_VERSION from code-server@$CODE_SERVER_VERSION into $INSTALL_DIR"
log "this is a one-time download of about 300 MB from the npm registry (a few minutes); later runs reuse it"
start=$SECONDS
rm -rf "$INSTALL_DIR"
mkdir -p "$INSTALL_DIR"
cat >"$INSTALL_DIR/package.json" <<'JSON'
{ "name": "sourced-editors", "private": true, "description": "VS Code build for Sourced's end-to-end tests" }
JSON

export npm_config_yes=true        # node-pty's build runs `npx node-gyp`
export npm_config_audit=false
export npm_config_fund=false
export npm_config_update_notifier=false
export npm_config_loglevel=error

run() { log "+ $*"; "$@"; }

# As root npm will not run code-server's postinstall; install without scripts and do its
# steps here, one by one.
(cd "$INSTALL_DIR" && run npm install --ignore-scripts --no-save "code-server@$CODE_SERVER_VERSION")
(cd "$CODE_SERVER" && run npm rebuild argon2)
(cd "$VSCODE_DIR" && run npm install --omit=dev --ignore-scripts)

# @vscode/ripgrep downloads rg from the internet unless bin/ already exists: use Debian's.
RG_BIN="$(command -v rg)"
mkdir -p "$VSCODE_DIR/node_modules/@vscode/ripgrep/bin"
cp "$RG_BIN" "$VSCODE_DIR/node_modules/@vscode/ripgrep/bin/rg"

(cd "$VSCODE_DIR" && run npm rebuild)
(cd "$VSCODE_DIR/extensions" && run npm install --omit=dev)

# What code-server's postinstall does after the installs.
ln -sfn node_modules "$VSCODE_DIR/node_modules.asar"
for link in "bin/remote-cli/code-server:code-linux.sh" "bin/helpers/browser.sh:browser-linux.sh"; do
  dest="$VSCODE_DIR/${link%%:*}"
  if [[ -d "$(dirname "$dest")" ]]; then
    ln -sfn "${link##*:}" "$dest"
  fi
done

# Check that the native modules the server loads at start are really built.
for mod in node-pty/build/Release/pty.node @vscode/spdlog/build/Release/spdlog.node; do
  if [[ ! -f "$VSCODE_DIR/node_modules/$mod" ]]; then
    log "native module missing after build: $mod"
    exit 1
  fi
done

echo "$MARKER_TEXT" >"$MARKER"
log "VS Code installed in $((SECONDS - start)) s ($(du -sh "$INSTALL_DIR" | cut -f1))"
echo "$VSCODE_DIR"
