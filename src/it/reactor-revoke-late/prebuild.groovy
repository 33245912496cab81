// The same stand-in serves this IT on several Maven versions: count from here on.
new File(basedir, 'issued-before.txt').text = new URL(standinUrl + '/__standin/issued?subject=70808').text
true
