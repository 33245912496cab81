def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] Could not revoke the Box token in .*box-token: Box refused to revoke the token \(HTTP 400, invalid_client: The client credentials are invalid\)\./
assert log.contains('check box.clientId and BOX_CLIENT_SECRET against')
assert log.contains('The file is kept; the token stays valid until it expires on its own')
assert new File(basedir, 'handoff/box-token').exists()
assert log.contains('BUILD SUCCESS')
assert !log.contains('wrongSECRETcanaryR9') && !log.contains('validREVOKEcanaryQ2')
