def log = new File(basedir, 'build.log').text
assert log.contains("[INFO] Box token OK: Test User <test@user.com> (user 12345) in enterprise 987654 'Acme', token from settings.xml server 'box'")
