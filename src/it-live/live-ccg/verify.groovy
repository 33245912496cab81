def log = new File(basedir, 'build.log').text
assert log.contains('[DEBUG]') : 'the build did not run at -X'
def enterprise = System.getenv('BOX_LIVE_ENTERPRISE_ID')
assert log =~ /\[INFO\] Box token OK: .+ \(user [0-9]+\) in (enterprise [0-9]+ '[^']*'|enterprise [0-9]+|no enterprise), token obtained by Client Credentials Grant for enterprise ${enterprise} /
evaluate(new File(liveItDirectory, 'secrets.groovy')).assertNoSecretIn(basedir, log, ['BOX_LIVE_CLIENT_SECRET'])
