#!/usr/bin/env bash
# Runs CaseFlow with the embedded SQLite database and the demo data on a local port.
#   ASPNETCORE_URLS   where to listen (default http://127.0.0.1:5000)
#   CaseFlow__DataFolder  where the database and keys live (default ./data)
#   CaseFlow__Demo        true (default): demo users and cases; false: a real installation, no user until create-admin
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "CaseFlow needs the .NET 10 SDK on PATH (dotnet)." >&2
  exit 1
fi

# Chromium, a CJK font and poppler-utils for the documents, from Debian's packages when missing.
./src/install-document-tools.sh

export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5000}"
export CaseFlow__Demo="${CaseFlow__Demo:-true}"
export CaseFlow__DataFolder="${CaseFlow__DataFolder:-$PWD/data}"
# The web UI's stylesheet and scripts are served from the web project's wwwroot.
export ASPNETCORE_CONTENTROOT="${ASPNETCORE_CONTENTROOT:-$PWD/src/CaseFlow.Web}"
# Arguments are CaseFlow's commands, e.g. `create-admin <user name>` (see the README's "Security").
if [ $# -eq 0 ]; then
  if [ "$CaseFlow__Demo" = "true" ]; then
    echo "CaseFlow on ${ASPNETCORE_URLS%%;*} — sign in as registrar (password CaseFlow-Demo-2026); API reference at /api-docs"
  else
    echo "CaseFlow on ${ASPNETCORE_URLS%%;*} — sign in as an administrator made by: ./src/run.sh create-admin <user name>"
  fi
fi
exec dotnet run --project src/CaseFlow.Web -c Release -- "$@"
