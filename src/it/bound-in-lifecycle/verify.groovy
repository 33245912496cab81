def log = new File(basedir, 'build.log').text
assert log.contains('verify-token (default) @ bound-in-lifecycle')
assert log.contains('[INFO] Box token OK: Test User <test@user.com> (user 12345), token from environment variable BOX_TOKEN')
assert !log.contains('Plugin validation') : 'Maven reported plugin validation issues'
assert !log.contains('[WARNING]')
