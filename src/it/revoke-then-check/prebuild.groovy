// the token a check handed on earlier in the build
evaluate(new File(itDirectory, 'handoff.groovy')).handOn(new File(basedir, 'handoff/box-token'), 'valid-revoke-then-check', standinUrl)
true
