def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Box token check skipped (box.skip=true).')
assert new URL(standinUrl + '/__standin/requests?token=valid-skipped-token').text == '0'
assert !new File(basedir, 'target/box-verify-token.json').exists() : "an earlier build's report was left to pass for this one"
true
