def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Box token OK: Test User <test@user.com> (user 12345), token from property box.token in the pom')
assert !log.contains('[WARNING] box.token was given on the command line')
