import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains("; folders 111 'Uploads' (upload of 250 MB as 'app-1.2.zip' accepted)")
def report = new JsonSlurper().parse(new File(basedir, 'target/box-verify-token.json'))
assert report.outcome == 'passed'
assert report.folders.size() == 1
def folder = report.folders[0]
assert folder.id == '111' && folder.name == 'Uploads' && folder.upload
assert folder.preflight == [name: 'app-1.2.zip', nameGiven: true, sizeBytes: 250000000]
assert folder.token == 'the verified token' && folder.outcome == 'passed'
assert !log.contains('upload_url') && !log.contains('upload.box.com')
