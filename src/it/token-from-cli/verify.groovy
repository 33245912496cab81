def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Box token OK: Test User <test@user.com> (user 12345) in enterprise 987654 \'Acme\', token from -Dbox.token on the command line')
assert log.contains('[WARNING] box.token was given on the command line, where it lands in shell history and CI logs.')
assert log.contains('BUILD SUCCESS')
