def log = new File(basedir, 'build.log').text
assert log.contains("Box folder 222 'Reports' is visible to test@user.com but does not allow uploads")
