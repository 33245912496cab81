def log = new File(basedir, 'build.log').text
assert log.contains('[DEBUG]') : 'the build did not run at -X'
assert log =~ /\[INFO\] Box requests go through the proxy 127.0.0.1:\d+ from settings.xml <proxies>\./
assert !(log =~ /\[INFO\].*proxyuser/) : 'the proxy user name belongs to the debug log only'
assert log.contains('[INFO] Box token OK: Test User')
assert !log.contains('proxyPASSWORDcanary') : 'the proxy password leaked'
assert !log.contains('valid-proxied-token') : 'the token leaked'
def before = new File(basedir, 'forwarded-before.txt').text.toInteger()
assert new URL(proxyUrl + '/__proxy/forwarded').text.toInteger() > before : 'nothing went through the proxy'
def leaks = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    if (file.name != 'verify.groovy' && file.name != 'prebuild.groovy' && file.name != 'settings.xml'
            && file.getText('ISO-8859-1').contains('proxyPASSWORDcanary')) {
        leaks << file
    }
}
assert leaks.isEmpty() : "the proxy password leaked into ${leaks}"
