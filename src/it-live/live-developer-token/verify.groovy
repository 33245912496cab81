def log = new File(basedir, 'build.log').text
assert log.contains('[DEBUG]') : 'the build did not run at -X'
assert log =~ /\[INFO\] Box token OK: .+ \(user [0-9]+\) in (enterprise [0-9]+ '[^']*'|enterprise [0-9]+|no enterprise), token from settings.xml server 'box-live-token'; expires in at most/
evaluate(new File(liveItDirectory, 'secrets.groovy')).assertNoSecretIn(basedir, log, ['BOX_LIVE_DEVELOPER_TOKEN'])
