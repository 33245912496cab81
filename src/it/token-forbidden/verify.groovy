def log = new File(basedir, 'build.log').text
assert log.contains('Box accepted the token from -Dbox.token on the command line but refused the request (HTTP 403, insufficient_scope: The request requires higher privileges than provided by the access token.)')
assert log.contains('Box request id standin')
