def log = new File(basedir, 'build.log').text
assert log.contains('box.baseUrl http://api.box.com uses plain http to a host that is not loopback')
// a configuration failure is this run's outcome too: its report says so, instead of an earlier build's
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/box-verify-token.json'))
assert report.outcome == 'failed' && report.failure.kind == 'insecure-base-url'
assert !new File(basedir, 'target/box-verify-token.json').text.contains('valid-never-sent')
true
