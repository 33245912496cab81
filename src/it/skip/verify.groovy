def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Box token check skipped (box.skip=true).')
assert new URL(standinUrl + '/__standin/requests?token=valid-skipped-token').text == '0'
