#!/usr/bin/env bash
# For the live given-token IT in the GitHub workflows, which cannot keep a 60-minute developer token as a secret:
#   service-account-token.sh obtain   prints a fresh token of the live app's service account (Client Credentials Grant
#                                     with BOX_LIVE_CLIENT_ID, BOX_LIVE_CLIENT_SECRET and BOX_LIVE_ENTERPRISE_ID)
#   service-account-token.sh revoke   revokes BOX_LIVE_DEVELOPER_TOKEN with the same app
# BOX_LIVE_BASE_URL (default https://api.box.com) points it elsewhere. The client secret and the token reach curl on
# its standard input, never as arguments, which other users of the machine can read while the call runs.
set -euo pipefail
box=${BOX_LIVE_BASE_URL:-https://api.box.com}

# form NAME=VALUE... : the URL-encoded form on standard output; a VALUE of $VARIABLE is read from the environment
form() {
  python3 -c '
import os, sys, urllib.parse
pairs = [arg.split("=", 1) for arg in sys.argv[1:]]
sys.stdout.write(urllib.parse.urlencode([(k, os.environ[v[1:]] if v.startswith("$") else v) for k, v in pairs]))
' "$@"
}
post() { # path: POSTs the form read from standard input
  curl -sS --fail --max-time 30 "$box/$1" --data-binary @-
}

case "${1:-}" in
  obtain)
    answer=$(form grant_type=client_credentials box_subject_type=enterprise 'client_id=$BOX_LIVE_CLIENT_ID' \
      'client_secret=$BOX_LIVE_CLIENT_SECRET' 'box_subject_id=$BOX_LIVE_ENTERPRISE_ID' | post oauth2/token)
    printf '%s' "$answer" | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
    ;;
  revoke)
    form 'client_id=$BOX_LIVE_CLIENT_ID' 'client_secret=$BOX_LIVE_CLIENT_SECRET' 'token=$BOX_LIVE_DEVELOPER_TOKEN' \
      | post oauth2/revoke
    ;;
  *)
    echo "usage: $0 obtain|revoke" >&2
    exit 2
    ;;
esac
