evaluate(new File(itDirectory, 'handoff.groovy')).handOn(new File(basedir, 'handoff/box-token'), 'validREVOKEcanaryQ2', standinUrl)
true
