import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains("Box would refuse the upload to folder 111 'Uploads': its preflight for a 1 MB file named 'box-maven-plugin-preflight-")
assert log.contains("answered (HTTP 403, storage_limit_exceeded: Account storage limit reached)")
assert log.contains("Test User <test@user.com> (user 12345) has used 10.7 GB of 10.7 GB: free space (files in the trash count until the trash is purged)")
assert !log.contains('\tat io.github.boxmaven') && !log.contains('BoxCheckFailure')
def report = new JsonSlurper().parse(new File(basedir, 'target/box-verify-token.json'))
assert report.outcome == 'failed' && report.failure.kind == 'upload-refused'
assert report.folders[0].outcome == 'failed' && report.folders[0].failureKind == 'upload-refused'
