#!/bin/sh
# Installs what is missing, builds, creates an embedded database with demo data under ./var
# (first run only) and starts the server on 127.0.0.1:7410.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
mkdir -p var
if [ ! -f var/erp.fdb ]; then
    if [ -z "${ERP_ADMIN_PASSWORD:-}" ]; then
        ERP_ADMIN_PASSWORD=$(head -c 12 /dev/urandom | base64 | tr -d '/+=' | cut -c1-14)
        umask 077
        printf '%s\n' "$ERP_ADMIN_PASSWORD" > var/admin-password.txt
        echo "demo: administrator password written to var/admin-password.txt"
    fi
    export ERP_ADMIN_PASSWORD
    build/server/erp-server --data var --init --demo --scale "${ERP_DEMO_SCALE:-1}"
fi
echo "demo: log in as admin (password in var/admin-password.txt unless you set ERP_ADMIN_PASSWORD)"
# With a display, the desktop client opens too and the server stops when it closes.
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${ERP_NO_CLIENT:-}" != 1 ]; then
    build/server/erp-server --data var --listen "${ERP_LISTEN:-127.0.0.1:7410}" &
    server=$!
    trap 'kill $server 2>/dev/null' EXIT INT TERM
    build/app/erp-client
    exit 0
fi
echo "demo: try  build/erpctl/erpctl --user admin --password \"\$(cat var/admin-password.txt)\" call catalog.search '{\"kind\":\"partners\",\"text\":\"zluty\"}'"
exec build/server/erp-server --data var --listen "${ERP_LISTEN:-127.0.0.1:7410}"
