def log = new File(basedir, 'build.log').text
def folder = System.getenv('BOX_LIVE_FOLDER_ID')
// 1. verified by CCG, then narrowed by Box's token exchange and checked on the folder
assert log =~ /\[INFO\] Box token OK: .+ token obtained by Client Credentials Grant .*; hands on a token downscoped to base_explorer for folder ${folder} '/
// 2. revoked with the app's client id and secret, and the file deleted
assert log =~ /\[INFO\] Revoked the Box token in .*box-token \(client id and secret from settings.xml server 'box-live-app'\) and deleted the file\./
assert !new File(basedir, 'handoff/box-token').exists()
// 3. Box now refuses the revoked token on the folder it was for
def copy = new File(basedir, 'handoff/box-token.before-revocation')
def revoked = copy.text.trim()
copy.delete()
def connection = new URL("${liveBaseUrl}/2.0/folders/${folder}?fields=id").openConnection()
connection.setRequestProperty('Authorization', 'Bearer ' + revoked)
connection.connectTimeout = 30000
connection.readTimeout = 30000
assert connection.responseCode == 401 : "Box answered HTTP ${connection.responseCode} to the revoked token"
assert !log.contains(revoked) : 'the handed-on token was logged'
evaluate(new File(liveItDirectory, 'secrets.groovy')).assertNoSecretIn(basedir, log, ['BOX_LIVE_CLIENT_SECRET'])
