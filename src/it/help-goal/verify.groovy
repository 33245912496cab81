def log = new File(basedir, 'build.log').text
assert log.contains('box:verify-token')
['box.baseUrl', 'box.serverId', 'box.timeout', 'box.retries', 'box.skip', 'box.failOnError'].each {
    assert log.contains('User property: ' + it) : "help does not describe ${it}"
}
true
