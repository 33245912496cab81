def log = new File(basedir, 'build.log').text
assert log.contains('Box rejected the token from -Dbox.token on the command line (HTTP 401)')
