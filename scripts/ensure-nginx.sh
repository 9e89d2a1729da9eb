#!/usr/bin/env bash
# The nginx e2e project serves the build through Debian's nginx. Find it, or install it.
set -euo pipefail
if [ -n "${NGINX:-}" ]; then
  [ -x "$NGINX" ] && exit 0
  echo "NGINX=$NGINX is not an executable." >&2
  exit 1
fi
if command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "nginx is missing: install Debian's 'nginx' package or set NGINX." >&2
  exit 1
fi
echo "Installing Debian's nginx package for the deployment tests…"
apt-get update -qq
# Only the binary is wanted: policy-rc.d (Debian's switch) keeps the package from starting a service.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy"
  trap 'rm -f "$policy"' EXIT
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
/usr/sbin/nginx -v
