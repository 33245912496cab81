def log = new File(basedir, 'build.log').text
assert log.contains('Cannot decrypt the private key in box.jwtConfig ')
assert log.contains('the passphrase is wrong.')
assert log.contains('boxAppSettings.appAuth.passphrase or BOX_JWT_PASSPHRASE')
assert !log.contains('a wrong one') && !log.contains('the right one')
assert !log.contains('at io.github.boxmaven')
