def log = new File(basedir, 'build.log').text
assert log.contains('token from environment variable BOX_TOKEN; expiry unknown (the ledger is off; set box.token.expiresAt or box.token.issuedAt to check it)')
assert !new File(basedir, 'off').exists()
