#!/bin/sh
# Idempotent set-up for a fresh Debian bookworm machine: system packages, the
# sources of md4c and libyaml (from Debian's source packages), and the npm
# packages of the tests.
# Every step checks first, so running it again costs a second or two.
#   scripts/setup.sh          everything
#   scripts/setup.sh native   only what the native build needs (no emscripten, no browser)
set -eu
cd "$(dirname "$0")/.."
what=${1:-all}

need_pkgs=""
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
want() { for p in "$@"; do have "$p" || need_pkgs="$need_pkgs $p"; done; }

want cmake ninja-build g++ nlohmann-json3-dev libtomlplusplus-dev catch2 make gzip
if [ "$what" = all ]; then
  want emscripten wabt chromium clang libclang-rt-14-dev
  # Node.js may come from another vendor (with npm bundled); Debian's npm
  # package conflicts with such a nodejs, so only ask for what is missing.
  command -v node >/dev/null 2>&1 || want nodejs
  command -v npm >/dev/null 2>&1 || want npm
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
if [ -n "$need_pkgs" ]; then
  echo "setup: installing$need_pkgs"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need_pkgs >/dev/null
fi

# md4c and libyaml from Debian's source packages (see docs/DEVELOPERS.md).
# Only the orig tarballs are fetched: `apt-get source` without --tar-only
# fails here on the .debian.tar.xz. Each tarball is checked against the hash
# recorded here before it is unpacked.
fetch_source() {  # fetch_source PACKAGE=VERSION TARBALL-GLOB SHA256
  SRC_LIST=/etc/apt/sources.list.d/debian-src.sources
  if [ ! -e "$SRC_LIST" ] && [ -e /etc/apt/sources.list.d/debian.sources ]; then
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | $SUDO tee "$SRC_LIST" >/dev/null
    $SUDO apt-get update -qq
  fi
  tmp=$(mktemp -d); chown _apt "$tmp" 2>/dev/null || true
  (cd "$tmp" && apt-get source --tar-only -qq "$1")
  echo "$3  $(ls "$tmp"/$2)" | sha256sum -c --quiet
  mkdir -p third_party
  tar -xzf "$tmp"/$2 -C third_party
  rm -rf "$tmp"
}
if [ ! -f third_party/md4c-release-0.4.8/src/md4c.c ]; then
  echo "setup: fetching md4c 0.4.8 from Debian's source package"
  fetch_source md4c=0.4.8-1 'md4c_*.orig.tar.gz' 4a457df853425b6bb6e3457aa1d1a13bccec587a04c38c622b1013a0da41439f
fi
if [ ! -f third_party/libyaml-0.2.5/src/scanner.c ]; then
  echo "setup: fetching libyaml 0.2.5 from Debian's source package"
  fetch_source libyaml=0.2.5-1 'libyaml_*.orig.tar.gz' fa240dbf262be053f3898006d502d514936c818e422afdcf33921c63bed9bf2e
fi

if [ "$what" = all ] && [ -f package-lock.json ]; then
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "setup: npm ci"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi
