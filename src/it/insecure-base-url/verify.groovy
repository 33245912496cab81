def log = new File(basedir, 'build.log').text
assert log.contains('box.baseUrl http://api.box.com uses plain http to a host that is not loopback')
