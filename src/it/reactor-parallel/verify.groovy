def log = new File(basedir, 'build.log').text
evaluate(new File(itDirectory, 'plugin-validation.groovy')).assertNoIssueForThisPlugin(log)
def checks = log.readLines().findAll { it.contains('Box token OK: Test User') }
assert checks.size() == 6 : "expected the goal in 6 projects, saw ${checks.size()}"
assert checks.count { it.contains('(checked once for this build)') } == 5
def before = new File(basedir, 'requests-before.txt').text.toInteger()
def after = new URL(standinUrl + '/__standin/requests?token=valid-reactor-parallel').text.toInteger()
assert after - before == 1 : "Box was asked ${after - before} times"
assert log.contains('BUILD SUCCESS')
