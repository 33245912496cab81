def log = new File(basedir, 'build.log').text
assert log =~ /Box token from environment variable BOX_TOKEN expires in at most [0-5]m( \d+s)? \(first seen 5[0-9]m( \d+s)? ago on this machine; a developer token lives 1h\), less than box.minValidity 10m\./
