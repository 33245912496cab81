// a passing report an earlier build left behind, which must not pass for this (skipped) build
def stale = new File(basedir, 'target/box-verify-token.json')
stale.parentFile.mkdirs()
stale.text = '{"outcome":"passed"}'
stale.setLastModified(System.currentTimeMillis() - 3_600_000L)
true
