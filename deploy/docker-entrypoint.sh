#!/bin/sh
# deploy/Dockerfile installs this as /docker-entrypoint.d/40-org-console.sh: renders the console's
# nginx server from the config.json being served, before nginx starts.
set -eu
/etc/nginx/org-console/render-nginx-conf.sh /usr/share/nginx/html 80 /etc/nginx/org-console
ln -sf /etc/nginx/org-console/console.conf /etc/nginx/conf.d/org-console.conf
