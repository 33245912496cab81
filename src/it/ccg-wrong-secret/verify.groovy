def log = new File(basedir, 'build.log').text
assert log.contains('Box refused to issue a token by Client Credentials Grant (HTTP 400, invalid_client: The client credentials are invalid).')
assert log.contains("The client id or client secret is wrong: check settings.xml server 'box'")
assert !log.contains('not-the-secret')
