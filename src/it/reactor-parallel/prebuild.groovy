// The same stand-in serves this IT on several Maven versions: count from here on.
new File(basedir, 'requests-before.txt').text = new URL(standinUrl + '/__standin/requests?token=valid-reactor-parallel').text
true
