#!/usr/bin/env bash
# skiff's quick start: install, make a busybox image from Debian's
# busybox-static package, and use it. Run as root on Debian 12; the
# rootless half runs as the user named by $SUDO_USER (or skiff-test).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
fixtures=$(bash tests/fixtures/build.sh | tail -1)
set -x
skiff load -i "$fixtures/busybox.tar"
skiff images
skiff tag busybox my/busybox:1.0
skiff image inspect --format '{{.Id}} {{.Config.Cmd}}' my/busybox:1.0
skiff save -o /tmp/busybox-saved.tar my/busybox:1.0
skiff rmi my/busybox:1.0 busybox
skiff load -i /tmp/busybox-saved.tar
skiff history my/busybox:1.0
skiff run --rm my/busybox:1.0 echo hello from a container
skiff run -d --name quickstart my/busybox:1.0 sh -c 'echo started; sleep 30'
skiff ps
skiff logs quickstart
skiff rm -f quickstart
# Data outlives its container in a named volume; files move in and out.
skiff run --name qs-db -v qs-data:/data my/busybox:1.0 sh -c 'echo rows > /data/table'
skiff rm qs-db
skiff run --rm -v qs-data:/data my/busybox:1.0 cat /data/table
skiff volume rm qs-data
skiff create --name qs-files my/busybox:1.0 cat /tmp/os-release >/dev/null
skiff cp -L /etc/os-release qs-files:/tmp/   # -L: it is a symlink
skiff diff qs-files
skiff commit -q qs-files qs-image
skiff run --rm qs-image | head -1
skiff rm qs-files && skiff rmi qs-image
# Containers on a network find each other by name; a published port
# serves the host.
skiff network create qs-net
skiff run -d --name qs-web --network qs-net -p 127.0.0.1:18080:80 my/busybox:1.0 \
    sh -c 'mkdir -p /www && echo hello from qs-web > /www/index.html && exec httpd -f -p 80 -h /www'
sleep 1
skiff run --rm --network qs-net my/busybox:1.0 wget -q -O- http://qs-web/
curl -s http://127.0.0.1:18080/
skiff rm -f qs-web && skiff network rm qs-net
set +x
# The same as an ordinary user, in their own store.
user=${SUDO_USER:-}
if [ -z "$user" ] || [ "$user" = root ]; then
    bash tests/setup-rootless.sh skiff-test >/dev/null
    user=skiff-test
fi
uid=$(id -u "$user")
install -d -m 0700 -o "$user" -g "$(id -g "$user")" "/run/user/$uid"
cp "$fixtures/busybox.tar" /tmp/busybox-quickstart.tar && chmod 644 /tmp/busybox-quickstart.tar
runuser -u "$user" -- env XDG_RUNTIME_DIR="/run/user/$uid" sh -xc \
    'cd && skiff load -i /tmp/busybox-quickstart.tar && skiff images && skiff info --format "rootless={{.Host.Security.Rootless}} root={{.Store.GraphRoot}}" && skiff run --rm busybox id && skiff run --rm --userns=keep-id busybox id'
