def log = new File(basedir, 'build.log').text
// Maven 3.9+ and 4 run with -Dmaven.plugin.validation=VERBOSE (the invoker's properties): each plugin with an issue
// is listed as ' * groupId:artifactId:version', and this plugin must not be one of them
assert !(log =~ /(?m)^\[WARNING\] +\* io\.github\.boxmaven:box-maven-plugin:/) : 'Maven reported validation issues for box-maven-plugin'
assert log =~ /\[INFO\] Revoked the Box token in .*box-token \(client id and secret from box.clientId and BOX_CLIENT_SECRET\) and deleted the file\./
assert !new File(basedir, 'handoff/box-token').exists()
assert new URL(standinUrl + '/__standin/revoked?token=valid-revoke-then-check').text == 'true'
assert log.contains('Box rejected the token from environment variable BOX_TOKEN (HTTP 401)')
assert !log.contains('ccg-client-secret')
