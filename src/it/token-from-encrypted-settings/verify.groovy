def log = new File(basedir, 'build.log').text
// Maven 3.9+ and 4 run with -Dmaven.plugin.validation=VERBOSE (the invoker's properties): each plugin with an issue
// is listed as ' * groupId:artifactId:version', and this plugin must not be one of them
assert !(log =~ /(?m)^\[WARNING\] +\* io\.github\.boxmaven:box-maven-plugin:/) : 'Maven reported validation issues for box-maven-plugin'
assert log.contains("[INFO] Box token OK: Test User <test@user.com> (user 12345), token from settings.xml server 'box-ci'")
assert !log.contains('valid-encrypted-settings-token')
