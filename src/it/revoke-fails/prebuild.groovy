new File(basedir, 'handoff').mkdirs()
new File(basedir, 'handoff/box-token').text = 'validREVOKEcanaryQ2'
true
