#!/bin/bash
# Starts or stops a Firebird 3 server on 127.0.0.1:3050 for the storage tests.
# Only stops a server that this script started.
set -eu
MARK=/tmp/erp-fbtest/.started-by-tests

listening() {
    (exec 3<>/dev/tcp/127.0.0.1/3050) 2>/dev/null
}

case "${1:-}" in
start)
    mkdir -p /tmp/erp-fbtest
    chmod 1777 /tmp/erp-fbtest
    if listening; then
        exit 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        echo "firebird-server.sh: a Firebird server must run on 127.0.0.1:3050 (start it as root)" >&2
        exit 1
    fi
    su firebird -s /bin/sh -c '/usr/sbin/fbguard -daemon -forever'
    touch "$MARK"
    for _ in $(seq 1 100); do
        if listening; then
            exit 0
        fi
        sleep 0.1
    done
    echo "firebird-server.sh: the server did not start listening on 127.0.0.1:3050" >&2
    exit 1
    ;;
stop)
    if [ -f "$MARK" ]; then
        pkill -x fbguard || true
        pkill -x firebird || true
        rm -f "$MARK"
    fi
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
