#!/bin/sh
# Runs `node "$@"` with a Node >= 22.12 (Astro 7 needs it). Uses the system
# Node when it is new enough; otherwise installs node@24 from the npm
# registry once into a cache folder outside the repository and uses that.
set -e
need_major=22
need_minor=12
ok() {
  v=$("$1" -p 'process.versions.node' 2>/dev/null) || return 1
  major=${v%%.*}; rest=${v#*.}; minor=${rest%%.*}
  [ "$major" -gt "$need_major" ] || { [ "$major" -eq "$need_major" ] && [ "$minor" -ge "$need_minor" ]; }
}
if command -v node >/dev/null 2>&1 && ok node; then
  exec node "$@"
fi
cache="${BULLETIN_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/bulletin-archive/node24}"
if ! ok "$cache/node_modules/.bin/node"; then
  echo "system Node $(node --version 2>/dev/null || echo none) is older than 22.12: installing node@24 into $cache" >&2
  mkdir -p "$cache"
  (cd "$cache" && npm install --no-save --no-audit --no-fund --loglevel=error node@24 >&2)
fi
PATH="$cache/node_modules/.bin:$PATH"
export PATH
exec node "$@"
