import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Box token OK: Test User <test@user.com> (user 12345) in enterprise 987654 \'Acme\', token from environment variable BOX_TOKEN; expires in at most 1h (first seen just now; Box does not tell when a token was issued)')
def ledger = new File(basedir, 'target/ledger/token-ledger.properties')
assert ledger.isFile()
def hash = java.security.MessageDigest.getInstance('SHA-256').digest('valid-fresh-token-7c1d'.getBytes('UTF-8')).encodeHex().toString()
assert ledger.readLines().any { it ==~ /${hash}=\d{4}-\d\d-\d\dT[0-9:.]+Z/ }
assert !ledger.text.contains('valid-fresh-token-7c1d')
assert PosixFilePermissions.toString(Files.getPosixFilePermissions(ledger.toPath())) == 'rw-------'
