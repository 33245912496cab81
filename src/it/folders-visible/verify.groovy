def log = new File(basedir, 'build.log').text
assert log.contains("; folders 111 'Uploads' (upload), 222 'Reports'")
