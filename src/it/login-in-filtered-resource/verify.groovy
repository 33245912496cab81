def log = new File(basedir, 'build.log').text
def resource = new File(basedir, 'target/classes/box-user.properties').text
assert !resource.contains('atLOGINcanary5150') : 'the login carried the secret into target/classes: ' + resource
assert resource.contains('user.login=${box.user.login}') : 'box.user.login was exported: ' + resource
assert log.contains('[WARNING] Box answered with a user id or login that is not plainly an id and an e-mail address')
assert !log.contains('atLOGINcanary5150')
assert log.contains('BUILD SUCCESS')
true
