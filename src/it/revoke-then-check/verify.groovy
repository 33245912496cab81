def log = new File(basedir, 'build.log').text
evaluate(new File(itDirectory, 'plugin-validation.groovy')).assertNoIssueForThisPlugin(log)
assert log =~ /\[INFO\] Revoked the Box token in .*box-token \(client id and secret from box.clientId and BOX_CLIENT_SECRET\) and deleted the file\./
assert !new File(basedir, 'handoff/box-token').exists()
assert new URL(standinUrl + '/__standin/revoked?token=valid-revoke-then-check').text == 'true'
assert log.contains('Box rejected the token from environment variable BOX_TOKEN (HTTP 401)')
assert !log.contains('ccg-client-secret')
