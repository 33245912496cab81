def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Box token check skipped (box.skip=true).')
assert new URL(standinUrl + '/__standin/requests?token=valid-skipped-token').text == '0'
assert !new File(basedir, 'target/box-verify-token.json').exists() : "an earlier build's report was left to pass for this one"
assert log =~ /\[INFO\] Deleted .*box-verify-token\.json, a Box check report of an earlier build: this run writes none\./
assert new File(basedir, 'release-notes.md').text == '# 1.0\n- the first release\n' : 'a file that is no report was deleted'
assert log =~ /\[INFO\] Left .*release-notes\.md as it is: it is not a Box check report, though a report path names it\./
true
