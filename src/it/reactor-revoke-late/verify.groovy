def log = new File(basedir, 'build.log').text
def before = new File(basedir, 'issued-before.txt').text.toInteger()
def issued = new URL(standinUrl + '/__standin/issued?subject=70808').text.toInteger() - before
assert issued == 3 : "the parent and each module obtain a token of their own after the one before was revoked; ${issued} were issued"
assert !log.contains('(checked once for this build)') : 'a module passed on the verdict of a token that was revoked'
assert log.readLines().count { it.contains('Revoked the Box token in ') && it.contains('and deleted the file.') } == 3
assert !new File(basedir, 'handoff/box-token').exists()
assert !new File(basedir, 'handoff/box-token.handoff').exists()
assert !new File(basedir, 'handoff/box-token.lock').exists() : 'the lock is left behind'
assert log.contains('BUILD SUCCESS')
assert !log.contains('valid-sa-') && !log.contains('ccg-client-secret') : 'a secret reached the log'
true
