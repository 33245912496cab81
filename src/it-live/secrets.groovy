// Shared by the live ITs' verify scripts: the real secrets from the environment must be in no output and in no file
// the build wrote (the handed-on token file is checked by the IT that writes it, before it is revoked).
def assertNoSecretIn(File basedir, String log, List<String> names) {
    def secrets = names.collect { System.getenv(it) }.findAll { it }
    assert !secrets.isEmpty()
    secrets.each { secret -> assert !log.contains(secret) : 'a secret from the environment is in the build log' }
    def leaks = []
    basedir.eachFileRecurse(groovy.io.FileType.FILES) { file ->
        def text = file.getText('ISO-8859-1')
        if (secrets.any { text.contains(it) }) {
            leaks << file.name
        }
    }
    assert leaks.isEmpty() : "a secret from the environment leaked into ${leaks}"
}
return this
