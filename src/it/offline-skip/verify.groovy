def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] The Box token was not verified because Maven is offline (-o)')
assert log.contains('BUILD SUCCESS')
assert new URL(standinUrl + '/__standin/requests?token=valid-offline-token').text == '0'
