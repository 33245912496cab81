def log = new File(basedir, 'build.log').text
assert log =~ /Box token from environment variable BOX_TOKEN expires in [0-5]m( \d+s)? \(at [0-9T:-]+Z, from box.token.issuedAt\), less than box.minValidity 10m\./
