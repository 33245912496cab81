def log = new File(basedir, 'build.log').text
assert log.contains('This does not look like the Box API at ' + standinUrl + '/html/2.0/users/me: HTTP 200 with a body that is not a JSON object (text/html; charset=utf-8)')
