#!/bin/sh
# Renders the console's nginx server (console.conf, headers.conf) into OUT_DIR for the build in ROOT,
# with the API origin of ROOT/config.json in the CSP's connect-src, and the OpenID provider's origin
# when its auth.mode is "oidc". Run again after replacing
# config.json, then reload nginx. POSIX sh, sed and grep only: it also runs in the nginx image.
#   render-nginx-conf.sh ROOT LISTEN OUT_DIR
set -eu
here=$(dirname "$0")
root=$1 listen=$2 out=$(mkdir -p "$3" && cd "$3" && pwd)
config="$root/config.json"

# The origin of an http(s) URL, or exit naming the key and what it holds.
origin_of() {
  origin=$(printf '%s' "$2" | sed -E 's|^(https?://[^/?#]*).*|\1|')
  if ! printf '%s' "$origin" | grep -Eq '^https?://(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?$'; then
    echo "org-console: $1 in $config is \"$2\". Allowed: an http(s) URL such as \"https://api.example.com\"." >&2
    exit 1
  fi
  printf ' %s' "$origin"
}
# One "key": "…" pair (a URL holds no quote): the first one in the file.
string_value() {
  sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\"\([^\"]*\)\".*/\1/p" "$config" | head -n 1
}

api_url='' issuer=''
if [ ! -f "$config" ]; then
  echo "org-console: $config is missing; the console will say it is not configured." >&2
else
  # Absent or "" means the page's own origin.
  api_url=$(string_value apiBaseUrl)
  # "mode" appears only in auth; "issuer" only in oidc.
  if grep -Eq '"mode"[[:space:]]*:[[:space:]]*"oidc"' "$config"; then issuer=$(string_value issuer); fi
fi
api_origin='' issuer_origin=''
if [ -n "$api_url" ]; then api_origin=$(origin_of apiBaseUrl "$api_url"); fi
if [ -n "$issuer" ]; then issuer_origin=$(origin_of oidc.issuer "$issuer"); fi
# One origin once, as contentSecurityPolicy() does.
origins=$api_origin
if [ -n "$issuer_origin" ] && [ "$issuer_origin" != "$api_origin" ]; then
  origins="$origins$issuer_origin"
fi

sed -e "s#@CONNECT_ORIGINS@#$origins#" "$here/headers.conf.template" > "$out/headers.conf"
sed -e "s#@LISTEN@#$listen#" -e "s#@ROOT@#$root#" -e "s#@OUT@#$out#" \
  "$here/console.conf.template" > "$out/console.conf"
echo "org-console: serving $root on $listen, API origin:${api_origin:- (this origin)}${issuer_origin:+, OpenID provider:$issuer_origin}" >&2
