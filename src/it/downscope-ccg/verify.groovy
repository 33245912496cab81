def log = new File(basedir, 'build.log').text
evaluate(new File(itDirectory, 'plugin-validation.groovy')).assertNoIssueForThisPlugin(log)
assert log.contains('[DEBUG]') : 'the build did not run at -X'
assert log =~ /\[INFO\] Box token OK: CI Service Account <[^>]+> \(user 3000001\) in enterprise 777 'Acme Sandbox', token obtained by Client Credentials Grant for enterprise 777 .*; hands on a token downscoped to item_upload, base_explorer for folder 111 'Uploads' \(expires in 1h \(at [0-9T:-]+Z, Box's expires_in when it issued the token\)\)/
def token = new File(basedir, 'handoff/box-token').text
assert token.startsWith('valid-ds-') : 'the handed-on token is the downscoped one'
assert !log.contains(token) : 'the downscoped token was logged'
assert !log.contains('valid-sa-ccg') : 'the full-scope token was logged'
def leaks = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    def text = file.getText('ISO-8859-1')
    if (!(file.name in ['invoker.properties', 'verify.groovy']) && (text.contains('ccg-client-secret') || text.contains('valid-sa-ccg'))) {
        leaks << file
    }
}
assert leaks.isEmpty() : "the client secret or the full-scope token leaked into ${leaks}"
