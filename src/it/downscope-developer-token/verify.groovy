def log = new File(basedir, 'build.log').text
assert log.contains('token from environment variable BOX_TOKEN')
assert log.contains('; hands on a token downscoped to item_preview (expires in 1h (at ')
assert !log.contains('box.tokenFile is written only')
def token = new File(basedir, 'handoff/box-token').text
assert token.startsWith('valid-ds-')
assert !log.contains(token)
def leaks = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    if (!(file.name in ['invoker.properties', 'verify.groovy']) && file.getText('ISO-8859-1').contains('DEVcanaryK4j7h2')) {
        leaks << file
    }
}
assert leaks.isEmpty() : "the developer token leaked into ${leaks}"
