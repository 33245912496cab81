def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Box answered HTTP 429; retrying in 1s as Box asked (retry 1 of 2)')
assert log.contains('[INFO] Box token OK: Test User <test@user.com> (user 12345)')
