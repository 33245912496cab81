def reportFile = new File(basedir, 'target/box-verify-token.json')
def report = new groovy.json.JsonSlurper().parse(reportFile)
assert report.outcome == 'passed'
assert report.user.id == '12345' && report.user.login == 'test@user.com' && report.user.name == 'Test User'
assert report.credential.method == 'token'
assert report.credential.origin == 'from environment variable BOX_TOKEN'
assert report.expiry.basis == 'first_seen' && report.expiry.exact == false
assert report.pluginVersion
assert report.durationMillis >= 0
assert !reportFile.text.contains('valid-reported-tokenZ9')
def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(basedir, 'target/box-reports/TEST-box.xml')).documentElement
assert junit.getAttribute('tests') == '1' && junit.getAttribute('failures') == '0'
assert junit.getElementsByTagName('testcase').item(0).getAttribute('name') == 'verify-token'
