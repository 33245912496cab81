def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Box answered HTTP 503; retrying in 1s as Box asked (retry 1 of 2)')
assert log.contains('[INFO] Box answered HTTP 503; retrying in 1s as Box asked (retry 2 of 2)')
assert log.contains('Box is unavailable: GET ')
assert log.contains('answered HTTP 503 on 3 attempts')
def count = new URL(standinUrl + '/__standin/requests?token=unavailable-token').text
assert count == '3' : "stand-in saw ${count} requests"
