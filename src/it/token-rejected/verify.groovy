def log = new File(basedir, 'build.log').text
evaluate(new File(itDirectory, 'plugin-validation.groovy')).assertNoIssueForThisPlugin(log)
assert log.contains('Box rejected the token from environment variable BOX_TOKEN (HTTP 401): it is invalid, revoked or expired')
assert log.contains('(Box request id 0')
assert log.contains('Generate a new token')
assert !log.contains('at io.github.boxmaven')
