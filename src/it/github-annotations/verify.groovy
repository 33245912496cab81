def log = new File(basedir, 'build.log').text
assert log.readLines().any { it.startsWith('::error title=Box token::Box rejected the token from environment variable BOX_TOKEN (HTTP 401)') }
def summary = new File(basedir, 'step-summary.md').text
assert summary.contains('### :x: Box token check failed')
def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(basedir, 'target/TEST-box.xml')).documentElement
assert junit.getAttribute('failures') == '1'
assert junit.getElementsByTagName('failure').item(0).getAttribute('type') == 'token-rejected'
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/box-verify-token.json'))
assert report.outcome == 'failed' && report.failure.kind == 'token-rejected'
assert !new File(basedir, 'target/box-verify-token.json').text.contains('rejected-on-github')
