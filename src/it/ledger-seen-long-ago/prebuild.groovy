// this machine saw the token 55 minutes ago: the ledger as the plugin writes it, owner-only (one that others may
// read is not used)
def hash = java.security.MessageDigest.getInstance('SHA-256').digest('valid-token-seen-before'.getBytes('UTF-8')).encodeHex().toString()
io.github.boxmaven.base.PrivateFiles.writeAtomically(new File(basedir, 'ledger.properties').toPath(),
        "${hash}=${java.time.Instant.now().minusSeconds(55 * 60)}\n".getBytes('UTF-8'))
true
