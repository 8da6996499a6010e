#!/usr/bin/env bash
# Installs what CaseFlow's documents need from Debian's packages, when missing: Chromium (prints the
# HTML templates to PDF), a TrueType CJK font through fontconfig (so Chinese text is embedded and
# searchable), and poppler-utils (pdftotext and pdftoppm, used by the tests to read the PDFs back).
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "wqy-zenhei" || missing+=(fonts-wqy-zenhei fontconfig)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing ${missing[*]} from Debian" >&2
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
