def log = new File(basedir, 'build.log').text
def requests = { token -> new URL(standinUrl + '/__standin/requests?token=' + token).text as int }
assert requests('valid-cache-for-one') == 2 : 'the second build asked Box again, or the expired cache did not'
assert requests('valid-cache-for-two') == 1 : 'another token was not checked for real'
assert log =~ /\[INFO\] Box token OK: Test User <test@user\.com> \(user 12345\), token from -Dbox\.token on the command line \(verified (\d+s|\d+ms|0s) ago, reused: box\.cacheFor=10m\); expires in at most/
def recent = new File(new File(basedir, '../..').canonicalFile, 'recent-checks.properties')
assert recent.exists() && !recent.text.contains('valid-cache-for') : 'the cache holds a token'
true
