def log = new File(basedir, 'build.log').text
// Maven 3.9+ and 4 run with -Dmaven.plugin.validation=VERBOSE (the invoker's properties): each plugin with an issue
// is listed as ' * groupId:artifactId:version', and this plugin must not be one of them
assert !(log =~ /(?m)^\[WARNING\] +\* io\.github\.boxmaven:box-maven-plugin:/) : 'Maven reported validation issues for box-maven-plugin'
assert log.contains('Box rejected the token from environment variable BOX_TOKEN (HTTP 401): it is invalid, revoked or expired')
assert log.contains('(Box request id 0')
assert log.contains('Generate a new token')
assert !log.contains('at io.github.boxmaven')
