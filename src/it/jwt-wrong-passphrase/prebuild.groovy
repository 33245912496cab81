def config = new File(basedir, 'box-config.json')
io.github.boxmaven.standin.JwtTestKeys.writeConfigAndRegister(config, standinUrl, 'kid-wrong-' + System.nanoTime(), 'the right one')
config.text = config.text.replace('"passphrase": "the right one"', '"passphrase": "a wrong one"')
true
