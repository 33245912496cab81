#!/usr/bin/env bash
# For the live given-token IT in the GitHub workflows, which cannot keep a 60-minute developer token as a secret:
#   service-account-token.sh obtain   prints a fresh token of the live app's service account (Client Credentials Grant
#                                     with BOX_LIVE_CLIENT_ID, BOX_LIVE_CLIENT_SECRET and BOX_LIVE_ENTERPRISE_ID)
#   service-account-token.sh revoke   revokes BOX_LIVE_DEVELOPER_TOKEN with the same app
# BOX_LIVE_BASE_URL (default https://api.box.com) points it elsewhere.
set -euo pipefail
box=${BOX_LIVE_BASE_URL:-https://api.box.com}
case "${1:-}" in
  obtain)
    answer=$(curl -sS --fail --max-time 30 "$box/oauth2/token" \
      -d grant_type=client_credentials -d box_subject_type=enterprise \
      --data-urlencode "client_id=$BOX_LIVE_CLIENT_ID" --data-urlencode "client_secret=$BOX_LIVE_CLIENT_SECRET" \
      --data-urlencode "box_subject_id=$BOX_LIVE_ENTERPRISE_ID")
    printf '%s' "$answer" | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
    ;;
  revoke)
    curl -sS --fail --max-time 30 "$box/oauth2/revoke" \
      --data-urlencode "client_id=$BOX_LIVE_CLIENT_ID" --data-urlencode "client_secret=$BOX_LIVE_CLIENT_SECRET" \
      --data-urlencode "token=$BOX_LIVE_DEVELOPER_TOKEN"
    ;;
  *)
    echo "usage: $0 obtain|revoke" >&2
    exit 2
    ;;
esac
