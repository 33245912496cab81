def log = new File(basedir, 'build.log').text
evaluate(new File(itDirectory, 'plugin-validation.groovy')).assertNoIssueForThisPlugin(log)
assert log.contains("[INFO] Box: obtaining a token by Client Credentials Grant for enterprise 777 (client id and secret from settings.xml server 'box', subject from box.enterpriseId), because a client id, client secret and subject are set.")
assert log =~ /\[INFO\] Box token OK: CI Service Account <AutomationUser_3000001_Ab12Cd34Ef@boxdevedition.com> \(user 3000001\) in enterprise 777 'Acme Sandbox', token obtained by Client Credentials Grant for enterprise 777 \(client id and secret from settings.xml server 'box', subject from box.enterpriseId\); expires in 1h 8m \(at [0-9T:-]+Z, Box's expires_in when it issued the token\)/
assert log.contains('exported box.user.id=3000001 box.user.login=AutomationUser_3000001_Ab12Cd34Ef@boxdevedition.com')
assert !log.contains('ccg-client-secret')
assert !log.contains('valid-sa-ccg') : 'the obtained token was logged'
def leaks = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    if (!(file.name in ['settings.xml', 'verify.groovy']) && file.getText('ISO-8859-1').contains('ccg-client-secret')) {
        leaks << file
    }
}
assert leaks.isEmpty() : "the client secret leaked into ${leaks}"
assert log =~ /\[WARNING\] box.tokenFile .*target.box-token lies inside the build directory .*target, which many CI setups archive; put it in the runner's temporary directory/
assert log.contains('(\$RUNNER_TEMP on GitHub Actions, \$CI_BUILDS_DIR on GitLab) instead.')
assert new File(basedir, 'target/box-token').text.startsWith('valid-sa-ccg-')
