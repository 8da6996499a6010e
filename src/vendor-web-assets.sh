#!/usr/bin/env bash
# Copies the pinned front-end packages of src/CaseFlow.Web/package.json (and its lock file) from the npm
# registry into the folders CaseFlow serves and tests them from, each with its licence and a VERSION file:
#   echarts   -> src/CaseFlow.Web/wwwroot/lib/echarts/      (the reports' charts)
#   axe-core  -> tests/CaseFlow.Tests/Browser/axe/           (the browser tests' accessibility checks)
# The copies are committed, so neither running nor testing CaseFlow needs the registry; run this only to
# change a version. Needs node and npm (Debian's nodejs and npm packages).
set -euo pipefail
cd "$(dirname "$0")/.."
web=src/CaseFlow.Web
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$web/package.json" "$work/"
[ -f "$web/package-lock.json" ] && cp "$web/package-lock.json" "$work/"
(cd "$work" && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --silent; else npm install --no-audit --no-fund --silent; fi)
cp "$work/package-lock.json" "$web/package-lock.json"

vendor() { # package file... -> folder
  local package=$1 target=$2; shift 2
  local version licence
  version=$(node -p "require('$work/node_modules/$package/package.json').version")
  licence=$(node -p "require('$work/node_modules/$package/package.json').license")
  rm -rf "$target"; mkdir -p "$target"
  for file in "$@"; do cp "$work/node_modules/$package/$file" "$target/"; done
  for notice in LICENSE LICENSE.txt NOTICE; do
    [ -f "$work/node_modules/$package/$notice" ] && cp "$work/node_modules/$package/$notice" "$target/"
  done
  printf '%s %s\nlicence: %s\nsource: the npm package %s@%s, copied by src/vendor-web-assets.sh\n' "$package" "$version" "$licence" "$package" "$version" > "$target/VERSION"
}
vendor echarts "$web/wwwroot/lib/echarts" dist/echarts.min.js
vendor axe-core tests/CaseFlow.Tests/Browser/axe axe.min.js
echo "vendored: $(head -1 "$web/wwwroot/lib/echarts/VERSION"), $(head -1 tests/CaseFlow.Tests/Browser/axe/VERSION)"
