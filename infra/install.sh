#!/usr/bin/env bash
# Installs the local infrastructure this project needs, from Debian packages, and only what is missing:
#   - PostgreSQL 15 server + client (postgresql-15, postgresql-client-15)
#   - RabbitMQ (rabbitmq-server)
# and checks that the .NET SDK (`dotnet`) is on PATH.
# Idempotent; a run with nothing to install takes well under a second.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: infra/install.sh [--browser] [--help]

Installs, only if missing, the Debian packages postgresql-15, postgresql-client-15 and
rabbitmq-server (runs `apt-get update` only when something must be installed; uses sudo
when not root), then checks that `dotnet` is on PATH.

  --browser   also chromium and fonts-wqy-microhei (a CJK font, so that screenshots of
              Chinese pages show characters, not boxes): what the browser tests need.

The packages' own system services are not used (infra/postgres.sh and infra/rabbitmq.sh
run private instances), so they are kept from starting during the install and are
disabled/stopped afterwards.

Exit status: 0 when everything is present, 1 otherwise.
EOF
}

BROWSER=0
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  --browser) BROWSER=1 ;;
  "") ;;
  *) echo "install.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
esac

PG_BIN=/usr/lib/postgresql/15/bin
RABBIT_SERVER=/usr/lib/rabbitmq/bin/rabbitmq-server

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    SUDO_MISSING=1
  fi
  SUDO=(sudo)
fi

as_root() {
  if [[ -n ${SUDO_MISSING:-} ]]; then
    echo "install.sh: must install packages but not root and sudo is not available" >&2
    exit 1
  fi
  "${SUDO[@]}" "$@"
}

# --- what is missing? --------------------------------------------------------------------------
missing=()
pg_missing=0
rabbit_missing=0
if [[ -x $PG_BIN/postgres && -x $PG_BIN/psql ]]; then
  echo "postgresql-15: present"
else
  pg_missing=1
  missing+=(postgresql-15 postgresql-client-15)
fi
if [[ -x $RABBIT_SERVER ]]; then
  echo "rabbitmq-server: present"
else
  rabbit_missing=1
  missing+=(rabbitmq-server)
fi

CJK_FONT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
if ((BROWSER)); then
  if [[ -x /usr/bin/chromium ]]; then echo "chromium: present"; else missing+=(chromium); fi
  if [[ -f $CJK_FONT ]]; then echo "fonts-wqy-microhei: present"; else missing+=(fonts-wqy-microhei); fi
fi

# --- install ------------------------------------------------------------------------------------
if ((${#missing[@]})); then
  # Keep the packages' init scripts from starting their system services while apt configures them:
  # a policy-rc.d that exits 101 is the Debian-standard way (invoke-rc.d and deb-systemd-invoke both
  # honour it). Only when there is none already (containers often ship one); removed afterwards.
  POLICY=/usr/sbin/policy-rc.d
  policy_added=0
  if [[ ! -e $POLICY ]]; then
    as_root sh -c "printf '#!/bin/sh\n# temporary, added by infra/install.sh\nexit 101\n' > $POLICY && chmod 755 $POLICY"
    policy_added=1
  fi
  remove_policy() {
    if ((policy_added)); then as_root rm -f "$POLICY"; policy_added=0; fi
  }
  trap remove_policy EXIT

  apt_get() { as_root env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Use-Pty=0 "$@"; }

  echo "installing: ${missing[*]} (apt-get update + install)..."
  apt_get update >/dev/null
  if ! apt_get install --no-install-recommends "${missing[@]}"; then
    # A half-finished install has been seen on these machines; repairing then retrying once fixes it.
    echo "install.sh: apt-get install failed; running 'apt-get --fix-broken install' and retrying once" >&2
    apt_get --fix-broken install || true
    apt_get install --no-install-recommends "${missing[@]}"
  fi
  remove_policy
  trap - EXIT

  if ((pg_missing)); then
    [[ -x $PG_BIN/postgres && -x $PG_BIN/psql ]] || { echo "install.sh: postgresql-15 still missing after install" >&2; exit 1; }
    # The package may have created (and, without policy-rc.d, started) the system cluster 15/main.
    # We never use it: stop it and keep it from starting at boot.
    if [[ -d /etc/postgresql/15/main ]]; then
      if command -v pg_ctlcluster >/dev/null 2>&1 && pg_lsclusters -h 2>/dev/null | awk '$1=="15" && $2=="main" && $4=="online"' | grep -q .; then
        as_root pg_ctlcluster 15 main stop || true
      fi
      as_root sh -c 'echo manual > /etc/postgresql/15/main/start.conf'
    fi
    echo "postgresql-15: installed"
  fi

  if ((BROWSER)); then
    [[ -x /usr/bin/chromium && -f $CJK_FONT ]] || { echo "install.sh: chromium or fonts-wqy-microhei still missing after install" >&2; exit 1; }
  fi

  if ((rabbit_missing)); then
    [[ -x $RABBIT_SERVER ]] || { echo "install.sh: rabbitmq-server still missing after install" >&2; exit 1; }
    # We run our own nodes (infra/rabbitmq.sh). Make sure the package's service does not start at boot
    # and is not running. (Do not probe it with `service rabbitmq-server status`: that runs rabbitmqctl,
    # which itself starts a system-wide `epmd -daemon` that then stays behind.)
    if [[ -d /run/systemd/system ]]; then
      as_root systemctl disable --now rabbitmq-server >/dev/null 2>&1 || true
    else
      as_root update-rc.d rabbitmq-server disable >/dev/null 2>&1 || true
      if pgrep -u rabbitmq -x beam.smp >/dev/null 2>&1; then
        as_root service rabbitmq-server stop >/dev/null 2>&1 || true
      fi
    fi
    # A started service also leaves the system-wide epmd (port 4369, user rabbitmq) running; stop it.
    if pgrep -u rabbitmq -x epmd >/dev/null 2>&1; then
      as_root epmd -kill >/dev/null 2>&1 || true
    fi
    echo "rabbitmq-server: installed"
  fi
fi

# --- .NET SDK -----------------------------------------------------------------------------------
if command -v dotnet >/dev/null 2>&1; then
  # `dotnet --version` costs ~0.1 s; it also proves the host actually works.
  if ver=$(dotnet --version 2>/dev/null); then
    if [[ ${ver%%.*} -lt 10 ]]; then
      echo "dotnet: $ver found, but this project needs the .NET 10 SDK" >&2
      exit 1
    fi
    echo "dotnet: $ver"
  else
    echo "dotnet: found on PATH ($(command -v dotnet)) but 'dotnet --version' fails (no SDK installed?)" >&2
    exit 1
  fi
else
  echo "dotnet: NOT FOUND on PATH - install the .NET 10 SDK (https://dot.net) and put 'dotnet' on PATH" >&2
  exit 1
fi
