#!/usr/bin/env bash
# Serves a console build through nginx without Docker: unprivileged, in the foreground, with its
# own prefix, temp and pid files under a temp folder. Same server block as the Docker image.
#   deploy/serve.sh [DIST]           serve DIST (default dist/) on HOST:PORT (127.0.0.1:8080)
#   deploy/serve.sh [DIST] reload    after replacing DIST/config.json: new CSP, no restart
# NGINX picks the binary (default: nginx on PATH, else /usr/sbin/nginx).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dist=$(cd "${1:-dist}" && pwd)
host=${HOST:-127.0.0.1}
port=${PORT:-8080}
nginx=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
state="${TMPDIR:-/tmp}/org-console-nginx-$port"

if [ ! -x "$nginx" ]; then
  echo "nginx not found: install Debian's 'nginx' package (scripts/ensure-nginx.sh) or set NGINX." >&2
  exit 1
fi

"$here/render-nginx-conf.sh" "$dist" "$host:$port" "$state"

if [ "${2:-}" = reload ]; then
  exec "$nginx" -p "$state" -c "$state/nginx.conf" -e stderr -s reload
fi

# nginx's own mime.types, beside the configuration it was built with.
conf_dir=$(dirname "$("$nginx" -V 2>&1 | sed -n 's/.*--conf-path=\([^ ]*\).*/\1/p')")
mkdir -p "$state/temp"
# As root, nginx's workers drop to 'nobody', who cannot read a build inside a private folder (a
# clone under mktemp -d): keep them as the user who started it.
user_line=''
if [ "$(id -u)" = 0 ]; then user_line='user root;'; fi
cat > "$state/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $state/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    include $conf_dir/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $state/temp/body;
    proxy_temp_path $state/temp/proxy;
    fastcgi_temp_path $state/temp/fastcgi;
    uwsgi_temp_path $state/temp/uwsgi;
    scgi_temp_path $state/temp/scgi;
    include $state/console.conf;
}
CONF
exec "$nginx" -p "$state" -c "$state/nginx.conf" -e stderr -g 'daemon off;'
