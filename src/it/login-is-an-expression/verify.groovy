def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] Box answered with a user id or login that is not plainly an id and an e-mail address (an id is digits; a login one @ among letters, digits and . _ + -), so box.user.id and box.user.login are not set: Maven would evaluate an expression inside them (${...}, or @...@ in a filtered resource).')
assert !log.contains('loginEXPRESSIONcanary77') : 'the login was evaluated as an expression'
assert !log.contains('exported box.user.id=12345') : 'box.user.id was exported with an unsafe login'
true
