def log = new File(basedir, 'build.log').text
assert log.contains("Cannot decrypt the password of settings.xml server 'box'")
assert log.contains('settings-security.xml')
assert !log.contains('[ERROR] Caused by') // no stack trace without -e/-X
