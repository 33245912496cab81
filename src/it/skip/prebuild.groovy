// a passing report an earlier build left behind, which must not pass for this (skipped) build
def stale = new File(basedir, 'target/box-verify-token.json')
stale.parentFile.mkdirs()
stale.text = '{\n  "plugin": "box-maven-plugin",\n  "outcome": "passed"\n}\n'
stale.setLastModified(System.currentTimeMillis() - 3_600_000L)
// an hour-old file at a report path that is no report of this plugin: it must stay
def notes = new File(basedir, 'release-notes.md')
notes.text = '# 1.0\n- the first release\n'
notes.setLastModified(System.currentTimeMillis() - 3_600_000L)
true
