def log = new File(basedir, 'build.log').text
assert log.contains("; folders 111 'Uploads' (upload of 1 MB accepted), 222 'Reports'")
