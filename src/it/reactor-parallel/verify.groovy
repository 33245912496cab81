def log = new File(basedir, 'build.log').text
// Maven 3.9+ and 4 run with -Dmaven.plugin.validation=VERBOSE (the invoker's properties): each plugin with an issue
// is listed as ' * groupId:artifactId:version', and this plugin must not be one of them
assert !(log =~ /(?m)^\[WARNING\] +\* io\.github\.boxmaven:box-maven-plugin:/) : 'Maven reported validation issues for box-maven-plugin'
def checks = log.readLines().findAll { it.contains('Box token OK: Test User') }
assert checks.size() == 6 : "expected the goal in 6 projects, saw ${checks.size()}"
assert checks.count { it.contains('(checked once for this build)') } == 5
def before = new File(basedir, 'requests-before.txt').text.toInteger()
def after = new URL(standinUrl + '/__standin/requests?token=valid-reactor-parallel').text.toInteger()
assert after - before == 1 : "Box was asked ${after - before} times"
assert log.contains('BUILD SUCCESS')
