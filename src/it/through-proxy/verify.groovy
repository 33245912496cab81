def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] Box requests go through the proxy 127.0.0.1:\d+ \(with credentials of proxyuser\) from settings.xml <proxies>\./
assert log.contains('[INFO] Box token OK: Test User')
assert !log.contains('proxypass')
def before = new File(basedir, 'forwarded-before.txt').text.toInteger()
assert new URL(proxyUrl + '/__proxy/forwarded').text.toInteger() > before : 'nothing went through the proxy'
assert new URL(standinUrl + '/__standin/requests?token=valid-proxied-token').text.toInteger() >= 1
