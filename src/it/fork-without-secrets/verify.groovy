def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] No Box credential is configured, so the Box check is skipped (box.failIfMissing=false).')
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/box-verify-token.json'))
assert report.outcome == 'skipped'
