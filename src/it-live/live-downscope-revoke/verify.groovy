def log = new File(basedir, 'build.log').text
def folder = System.getenv('BOX_LIVE_FOLDER_ID')
// 1. verified by CCG, then narrowed by Box's token exchange and checked on the folder
assert log =~ /\[INFO\] Box token OK: .+ token obtained by Client Credentials Grant .*; hands on a token downscoped to base_explorer for folder ${folder} '/
// 2. revoked with the app's client id and secret, and the file deleted
assert log =~ /\[INFO\] Revoked the Box token in .*box-token \(client id and secret from settings.xml server 'box-live-app'\) and deleted the file\./
assert !new File(basedir, 'handoff/box-token').exists()
evaluate(new File(liveItDirectory, 'secrets.groovy')).assertNoSecretIn(basedir, log, ['BOX_LIVE_CLIENT_SECRET'])
