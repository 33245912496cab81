def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Box token OK: CI Service Account') : 'app-one checked its own app'
assert !log.contains('(checked once for this build)') : 'app-two reused the verdict of another app'
assert log.contains('Box refused to issue a token by Client Credentials Grant (HTTP 400, invalid_client')
assert log.contains('check box.clientId and BOX_CLIENT_SECRET against')
assert !log.contains('ccg-client-secret')
