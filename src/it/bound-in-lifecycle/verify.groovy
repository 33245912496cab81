def log = new File(basedir, 'build.log').text
// Maven 3.9+ and 4 run with -Dmaven.plugin.validation=VERBOSE (the invoker's properties) and list any issue here
assert !log.contains('validation issues were detected') : 'Maven reported plugin validation issues (this build runs no other plugin)'
assert log.contains('verify-token (default) @ bound-in-lifecycle')
assert log.contains('[INFO] Box token OK: Test User <test@user.com> (user 12345) in enterprise 987654 \'Acme\', token from environment variable BOX_TOKEN')
assert !log.contains('[WARNING]')
