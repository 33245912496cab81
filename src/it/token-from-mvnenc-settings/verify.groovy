def log = new File(basedir, 'build.log').text
evaluate(new File(itDirectory, 'plugin-validation.groovy')).assertNoIssueForThisPlugin(log)
assert log.contains("[INFO] Box token OK: Test User <test@user.com> (user 12345) in enterprise 987654 'Acme', token from settings.xml server 'box'")
// the token, decrypted by Maven 4 with the master password from the environment, is in no output, even at -X,
// and the master password neither
assert !log.contains('valid-mvnenc-token')
assert !log.contains('it-master-password-4')
