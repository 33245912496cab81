def log = new File(basedir, 'build.log').text
def expiresAt = new File(basedir, 'expires-at.txt').text.trim()
def clock = expiresAt.substring(expiresAt.indexOf('T') + 1)
assert log =~ /Box token from -Dbox.token on the command line expires in [0-4]m( \d+s)? \(at (\d{4}-\d{2}-\d{2}T)?\Q${clock}\E, from box.token.expiresAt\), less than box.minValidity 10m\./
assert log.contains('Generate a new developer token')
assert log.contains('BUILD FAILURE')
