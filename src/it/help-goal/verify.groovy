def log = new File(basedir, 'build.log').text
assert log.contains('box:verify-token')
['box.baseUrl', 'box.serverId', 'box.timeout', 'box.retries', 'box.skip', 'box.failOnError', 'box.minValidity',
 'box.token.expiresAt', 'box.token.issuedAt', 'box.token.lifetime', 'box.ledger', 'box.auth', 'box.clientId',
 'box.enterpriseId', 'box.userId', 'box.jwtConfig', 'box.jwtAlgorithm', 'box.tokenFile', 'box.folders', 'box.offline',
 'box.failIfMissing', 'box.report', 'box.junitReport', 'box.downscope', 'box.downscopeResource'].each {
    assert log.contains('User property: ' + it) : "help does not describe ${it}"
}
assert !log.contains('box.cacheFor') : 'box.cacheFor was removed: a gate always asks Box'
// the plain help lists every goal
['box:help', 'box:revoke-token', 'box:verify-token'].each {
    assert log.contains(it) : "help does not list ${it}"
}
true
