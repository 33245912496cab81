// the token a check handed on earlier in the build
new File(basedir, 'handoff').mkdirs()
new File(basedir, 'handoff/box-token').text = 'valid-revoke-then-check'
true
