#!/usr/bin/env bash
# Installs Debian's PostgreSQL when it is missing: the sync store's tests and the sync bench start
# a throwaway cluster of their own (server/testing/postgres-cluster.ts), so only the programs are
# needed. No system cluster is created or started.
set -euo pipefail
for bin in "${HARBOUR_PG_BIN:-}" /usr/lib/postgresql/*/bin; do
  if [ -n "$bin" ] && [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ]; then exit 0; fi
done
if [ "$(id -u)" -ne 0 ]; then
  echo "PostgreSQL is missing and installing it needs root: sudo apt-get install postgresql" >&2
  exit 1
fi
echo "Installing Debian's postgresql for the sync store tests…"
export DEBIAN_FRONTEND=noninteractive
# Only the programs: Debian would otherwise create and start a "main" cluster on port 5432.
mkdir -p /etc/postgresql-common
if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
  echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.conf
fi
apt-get update -qq
apt-get install -y -qq -o Dpkg::Options::=--force-confold postgresql >/dev/null
