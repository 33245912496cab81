def log = new File(basedir, 'build.log').text
def issued = { subject -> new URL(standinUrl + '/__standin/issued?subject=' + subject).text as int }
assert log =~ /\[INFO\] Box token OK: CI Service Account <[^>]+> \(user 3000001\) in enterprise 777 'Acme Sandbox', token obtained by Client Credentials Grant for enterprise 777/
assert log =~ /\[ERROR\] Failed to execute goal .*: The token from Client Credentials Grant for user it-sandbox-user \(.*\) acts for CI Service Account <[^>]+> \(user 3000001\) in enterprise 777 'Acme Sandbox', which box.allowedEnterpriseIds \(987654\) does not allow\.\n\[ERROR\] A developer sandbox is an enterprise of its own/
assert log.contains('box.enterpriseId names enterprise 5550001, which box.forbiddenEnterpriseIds (5550001) forbids; nothing was sent to Box.')
assert issued('5550001') == 0 : 'step 3 asked for no token' // the stand-in is shared by every IT: subjects of their own
assert issued('it-sandbox-user') == 1
assert !log.contains('ccg-client-secret')
true
