def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Box token OK: Test User <test@user.com> (user 12345) in enterprise 987654 \'Acme\', token from property box.token in the pom')
// ${env.BOX_IT_POM_TOKEN} is an expression, not a token written in the pom: nothing to warn about
assert !log.contains('[WARNING]')
true
