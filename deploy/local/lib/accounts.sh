# Demo accounts of the taizhang realm, and fresh tokens for them: users log in through the public
# taizhang-cli client (and, with the same passwords, to the console), county systems with their client
# credentials. Demo secrets only.

# account|kind|what it is
ACCOUNTS=(
  "office|user|openness office (政务公开办), role office"
  "auditor|user|auditor, role auditor"
  "unit-fgw|user|市发展和改革委员会 staff, role unit, unit_id 341800-fgw"
  "unit-czj|user|市财政局 staff, role unit, unit_id 341800-czj"
  "county-admin-341821|user|郎溪县's integration admin (a person), role integration, region 341821"
  "county-341821|client|郎溪县 county system, role integration, region 341821"
  "county-341823|client|泾县 county system, role integration, region 341823"
)

cmd_token() {
  local account=${1:-} entry kind=""
  for entry in "${ACCOUNTS[@]}"; do
    [ "${entry%%|*}" = "$account" ] && kind=$(cut -d'|' -f2 <<<"$entry")
  done
  if [ -z "$kind" ]; then
    say "usage: stack token <account>; accounts:"
    for entry in "${ACCOUNTS[@]}"; do printf '  %-20s %s\n' "${entry%%|*}" "$(cut -d'|' -f3 <<<"$entry")"; done
    [ -z "$account" ] && return 0 || exit 2
  fi
  local response
  if [ "$kind" = user ]; then
    response=$(curl -fsS "$KEYCLOAK_REALM_URL/protocol/openid-connect/token" -d grant_type=password \
      -d client_id=taizhang-cli -d username="$account" -d password="$account") || die "Keycloak refused a token for $account (is the stack up?)"
  else
    response=$(curl -fsS "$KEYCLOAK_REALM_URL/protocol/openid-connect/token" -d grant_type=client_credentials \
      -d client_id="$account" -d client_secret="$account-demo-secret") || die "Keycloak refused a token for $account (is the stack up?)"
  fi
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$response"
}
