def canary = 'CANARYtokenX7q9w2e4r6t8'
def log = new File(basedir, 'build.log').text
assert log.contains('[DEBUG]')
assert log.contains("token from settings.xml server 'box'")
assert !log.contains(canary) : 'the decrypted token leaked into the build output'
def leaks = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    if (file.name != 'verify.groovy' && file.getText('ISO-8859-1').contains(canary)) {
        leaks << file
    }
}
assert leaks.isEmpty() : "the token leaked into ${leaks}"
