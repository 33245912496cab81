// A fresh key pair for every run: no private key is committed. The stand-in learns the public key.
io.github.boxmaven.standin.JwtTestKeys.writeConfigAndRegister(new File(basedir, 'box-config.json'), standinUrl,
        'kid-it-' + System.nanoTime(), 'it passphrase')
true
