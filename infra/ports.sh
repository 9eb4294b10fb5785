# Free TCP ports on 127.0.0.1, shared by infra/rabbitmq.sh and infra/test.sh (sourced, not run).

# Ports below the kernel's ephemeral range, so an outgoing connection cannot be holding them.
port_range() {
  local lo hi
  read -r lo hi < /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || { lo=32768; hi=60999; }
  if ((lo > 21000)); then echo "20000 $((lo - 1))"; else echo "$((hi + 1)) 65535"; fi
}

port_in_use() {
  if command -v ss >/dev/null 2>&1; then
    [[ -n $(ss -Htln "sport = :$1" 2>/dev/null) ]]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

free_port() { # free_port EXCLUDED_PORT...
  local lo hi p i
  read -r lo hi < <(port_range)
  for ((i = 0; i < 200; i++)); do
    p=$((lo + (RANDOM * 32768 + RANDOM) % (hi - lo + 1)))
    [[ " $* " == *" $p "* ]] && continue
    port_in_use "$p" || { echo "$p"; return 0; }
  done
  echo "could not find a free TCP port" >&2
  return 1
}
