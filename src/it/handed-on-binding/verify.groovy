def log = new File(basedir, 'build.log').text
def issued = { subject -> new URL(standinUrl + '/__standin/issued?subject=' + subject).text as int }
assert issued('70707') == 2 : 'steps 1 and 3 obtain a token; step 2 takes the handed-on one'
// 1 and 2: handed on, then taken as it is, checked on its folder
assert log.contains("hands on a token downscoped to item_upload, base_explorer for folder 111 'Uploads'")
assert log.contains('[INFO] Box: checking the token from box.tokenFile (handed on at ')
assert log =~ /\[INFO\] Box token OK: token from box\.tokenFile \(handed on at [0-9T:-]+Z\); expires in (59m|1h)[^;]*; for folder 111 'Uploads'/
// 3: replaced, saying why
assert log =~ /\[INFO\] box\.tokenFile .*box-token is not taken: it was handed on for item folder 111 \(this run asks for folder 222\)\./
assert log.contains("hands on a token downscoped to item_upload, base_explorer for folder 222 'Reports'")
// 4: revoked; neither the token nor its record is left
assert log =~ /\[INFO\] Revoked the Box token in .*box-token \(client id and secret from box\.clientId and BOX_CLIENT_SECRET\) and deleted the file\./
assert !new File(basedir, 'handoff/box-token').exists()
assert !new File(basedir, 'handoff/box-token.handoff').exists()
assert !log.contains('valid-ds-') && !log.contains('valid-sa-') && !log.contains('ccg-client-secret') : 'a secret reached the log'
true
