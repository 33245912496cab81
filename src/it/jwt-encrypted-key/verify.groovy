import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Box auth: jwt (box.jwtConfig is set)')
assert log =~ /\[INFO\] Box token OK: CI Service Account <[^>]+> \(user 3000001\), token obtained by JWT for enterprise 777 \(app config box-config.json, public key kid-it-\d+, subject from enterpriseID in box-config.json\); expires in 1h 8m \(at [0-9:]+Z, Box's expires_in when it issued the token\)/
def tokenFile = new File(basedir, 'target/box-token')
assert tokenFile.isFile()
def token = tokenFile.text
assert token.startsWith('valid-sa-jwt-')
assert PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile.toPath())) == 'rw-------'
assert !log.contains(token) : 'the obtained token was logged'
assert !log.contains('it passphrase')
