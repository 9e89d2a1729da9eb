#!/bin/sh
# Renders the console's nginx server (console.conf, headers.conf) into OUT_DIR for the build in ROOT,
# with the API origin of ROOT/config.json in the CSP's connect-src. Run again after replacing
# config.json, then reload nginx. POSIX sh, sed and grep only: it also runs in the nginx image.
#   render-nginx-conf.sh ROOT LISTEN OUT_DIR
set -eu
here=$(dirname "$0")
root=$1 listen=$2 out=$(mkdir -p "$3" && cd "$3" && pwd)
config="$root/config.json"

if [ ! -f "$config" ]; then
  echo "org-console: $config is missing; the console will say it is not configured." >&2
  api_url=''
else
  # One "apiBaseUrl": "…" pair (a URL holds no quote); absent means the page's own origin.
  api_url=$(sed -n 's/.*"apiBaseUrl"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$config" | head -n 1)
fi
origin=''
if [ -n "$api_url" ]; then
  origin=$(printf '%s' "$api_url" | sed -E 's|^(https?://[^/?#]*).*|\1|')
  if ! printf '%s' "$origin" | grep -Eq '^https?://(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?$'; then
    echo "org-console: apiBaseUrl in $config is \"$api_url\". Allowed: an http(s) URL such as \"https://api.example.com\", or \"\" for the page's own origin." >&2
    exit 1
  fi
  origin=" $origin"
fi

sed -e "s#@API_ORIGIN@#$origin#" "$here/headers.conf.template" > "$out/headers.conf"
sed -e "s#@LISTEN@#$listen#" -e "s#@ROOT@#$root#" -e "s#@OUT@#$out#" \
  "$here/console.conf.template" > "$out/console.conf"
echo "org-console: serving $root on $listen, API origin:${origin:- (this origin)}" >&2
