def log = new File(basedir, 'build.log').text
def checks = log.readLines().findAll { it.contains('Box token OK: Test User') }
assert checks.size() == 6 : "expected the goal in 6 projects, saw ${checks.size()}"
assert checks.count { it.contains('(checked once for this build)') } == 5
def before = new File(basedir, 'requests-before.txt').text.toInteger()
def after = new URL(standinUrl + '/__standin/requests?token=valid-reactor-serial').text.toInteger()
assert after - before == 1 : "Box was asked ${after - before} times"
assert log.contains('BUILD SUCCESS')
// one check, one report: written by the module that checked (the parent, built first)
assert new File(basedir, 'target/box-verify-token.json').isFile()
assert !new File(basedir, 'module-a/target/box-verify-token.json').exists()
