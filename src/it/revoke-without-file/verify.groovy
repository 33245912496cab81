def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] No Box token file at .*box-token: nothing to revoke\./
assert !log.contains('[WARNING]')
assert log.contains('BUILD SUCCESS')
