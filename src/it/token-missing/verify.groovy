def log = new File(basedir, 'build.log').text
assert log.contains('No Box token found')
assert log.contains('-Dbox.token=')
assert log.contains('<server> with <id>box</id>')
assert log.contains('environment variable BOX_TOKEN')
assert log.contains('Developer Console > your app > Configuration > Developer Token > Generate Developer Token')
assert log.contains('BUILD FAILURE')
assert !log.contains('at io.github.boxmaven') // no stack trace
