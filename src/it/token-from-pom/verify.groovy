def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Box token OK: Test User <test@user.com> (user 12345) in enterprise 987654 \'Acme\', token from property box.token in the pom')
assert !log.contains('[WARNING] box.token was given on the command line')
// a token written in the pom is committed and published with it: the build is told where to keep it instead
assert log.contains("[WARNING] box.token is written in the pom's <properties>, which is committed to version control and published with the POM. Keep it in settings.xml (<server><id>box</id><password>, encrypted) or in the BOX_TOKEN environment variable.")
