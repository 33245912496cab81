def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] Box answered with a user id or login that is not plain text (an id is digits; a login has no space, $, { or }), so box.user.id and box.user.login are not set: Maven would evaluate an expression inside them.')
assert !log.contains('loginEXPRESSIONcanary77') : 'the login was evaluated as an expression'
assert !log.contains('exported box.user.id=12345') : 'box.user.id was exported with an unsafe login'
true
