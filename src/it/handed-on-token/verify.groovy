def log = new File(basedir, 'build.log').text
def issued = { subject -> new URL(standinUrl + '/__standin/issued?subject=' + subject).text as int }
assert issued('first-short-handed-on') == 2 : 'step 1 obtains one token, step 3 replaces it; steps 4 and 5 obtain none'
assert issued('handed-on-other') == 1 : 'step 6 asks for another subject'
// step 2: the handed-on token, no app to replace it
assert log.contains('[INFO] Box: checking the token from box.tokenFile (handed on at ')
assert log =~ /Box token from box.tokenFile \(handed on at [0-9T:-]+Z\) expires in [45]m( \d+s)? \(at [0-9T:-]+Z, as recorded when it was handed on\), less than box.minValidity 10m\.\n\[ERROR\] Run the step that obtains the token again, or give this step the app's credentials so that it obtains a fresh one\./
// step 3: replaced, saying so
assert log.contains('[INFO] The token handed on in box.tokenFile no longer passes (Box token from box.tokenFile (handed on at ')
assert log.contains('); obtaining a fresh one, which replaces it.')
// steps 4 and 5: checked as handed on, the file left as it is
assert log.findAll(/\[INFO\] Box token OK: CI Service Account <[^>]+> \(user 3000001\) in enterprise 777 'Acme Sandbox', token from box\.tokenFile \(handed on at [0-9T:-]+Z\); expires in 1h 8m/).size() == 2
// step 6: another subject does not take it
assert log =~ /\[INFO\] box\.tokenFile .*box-token is not taken: it was handed on for subject user first-short-handed-on \(this run asks for user handed-on-other\)\./
def token = new File(basedir, 'handed-on/box-token').text
assert token.startsWith('valid-sa-ccg-')
assert !log.contains(token) : 'the token reached the log'
true
