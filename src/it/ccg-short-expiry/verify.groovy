def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Box: obtaining a token by Client Credentials Grant for user short-lived (client id and secret from box.clientId and BOX_CLIENT_SECRET, subject from box.userId), because a client id, client secret and subject are set.')
assert log =~ /Box token from Client Credentials Grant for user short-lived \(client id and secret from box.clientId and BOX_CLIENT_SECRET, subject from box.userId\) expires in [45]m( \d+s)? \(at [0-9T:-]+Z, Box's expires_in when it issued the token\), less than box.minValidity 20m\./
assert log.contains("Box issues this app's tokens for 5m, so one token cannot serve a longer stage")
