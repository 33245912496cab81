def log = new File(basedir, 'build.log').text
assert log.contains('Box folder 999 is not visible to test@user.com (HTTP 404)')
assert log.contains('Invite test@user.com to the folder as a collaborator')
