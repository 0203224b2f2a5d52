#!/usr/bin/env bash
# Installs the browsers the e2e tests drive, all from Debian's packages (no browser
# downloads work here): Chromium, Firefox ESR as apt gives it (security updates), and
# Firefox ESR 140 from Debian's main, unpacked beside it in /opt/firefox-esr-140.
# Runs as root (CI does); does nothing for what is already there.
set -euo pipefail

FX140=/opt/firefox-esr-140/usr/lib/firefox-esr/firefox-esr
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
if [ ${#need[@]} -eq 0 ] && [ -x "$FX140" ]; then exit 0; fi

apt-get update -qq
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian's packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ ! -x "$FX140" ]; then
  version=$(apt-cache madison firefox-esr | awk '$3 ~ /^140\./ { print $3; exit }')
  if [ -z "$version" ]; then echo "Firefox ESR 140 is not in Debian's packages on this machine"; exit 1; fi
  echo "Unpacking Firefox ESR $version into /opt/firefox-esr-140"
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get download "firefox-esr=$version" >/dev/null 2>&1)
  mkdir -p /opt/firefox-esr-140
  dpkg-deb -x "$tmp"/firefox-esr_*.deb /opt/firefox-esr-140
  rm -rf "$tmp"
fi
