def log = new File(basedir, 'build.log').text
evaluate(new File(itDirectory, 'plugin-validation.groovy')).assertNoIssueForThisPlugin(log)
assert log.contains("[INFO] Box token OK: Test User <test@user.com> (user 12345) in enterprise 987654 'Acme', token from settings.xml server 'box-ci'")
assert !log.contains('valid-encrypted-settings-token')
