def log = new File(basedir, 'build.log').text
assert log.contains('Maven is offline (-o), so the Box token cannot be verified, and box.offline=fail.')
assert new URL(standinUrl + '/__standin/requests?token=valid-offline-fail-token').text == '0'
