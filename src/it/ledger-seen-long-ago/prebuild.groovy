def hash = java.security.MessageDigest.getInstance('SHA-256').digest('valid-token-seen-before'.getBytes('UTF-8')).encodeHex().toString()
new File(basedir, 'ledger.properties').text = "${hash}=${java.time.Instant.now().minusSeconds(55 * 60)}\n"
true
