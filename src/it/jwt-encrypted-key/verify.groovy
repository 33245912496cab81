import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions
def log = new File(basedir, 'build.log').text
evaluate(new File(itDirectory, 'plugin-validation.groovy')).assertNoIssueForThisPlugin(log)
assert log.contains('[DEBUG]') : 'the build did not run at -X'
assert log =~ /\[INFO\] Box: obtaining a token by JWT for enterprise \d+ \(app config [^,]+, public key [^,]+, subject from [^)]+\), because box.jwtConfig is set\./
assert log =~ /\[INFO\] Box token OK: CI Service Account <[^>]+> \(user 3000001\) in enterprise 777 'Acme Sandbox', token obtained by JWT for enterprise 777 \(app config box-config.json, public key kid-it-\d+, subject from enterpriseID in box-config.json\); expires in 1h 8m \(at [0-9T:-]+Z, Box's expires_in when it issued the token\)/
assert !log.contains('[WARNING] box.tokenFile') : 'a token file outside the build directory is no reason to warn'
def tokenFile = new File(basedir, 'handoff/box-token')
assert tokenFile.isFile()
def token = tokenFile.text
assert token.startsWith('valid-sa-jwt-')
assert PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile.toPath())) == 'rw-------'
assert !log.contains(token) : 'the obtained token was logged'
assert !log.contains('jwt-client-secret') : 'the client secret was logged'
// the passphrase and the client secret stay in the config file they came from
def leaks = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    def text = file.getText('ISO-8859-1')
    if (!(file.name in ['box-config.json', 'verify.groovy', 'prebuild.groovy']) && (text.contains('it passphrase') || text.contains('jwt-client-secret'))) {
        leaks << file
    }
}
assert leaks.isEmpty() : "a secret leaked into ${leaks}"
