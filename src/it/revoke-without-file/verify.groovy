def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] No Box token file at .*box-token: nothing to revoke\./
assert !(log =~ /\[WARNING\] (Box|Cannot|Could|box\.)/) : 'nothing to revoke is no reason to warn'
assert log.contains('BUILD SUCCESS')
