def canary = 'CANARYtokenQ5w8e1r4t7y0'
def log = new File(basedir, 'build.log').text
evaluate(new File(itDirectory, 'plugin-validation.groovy')).assertNoIssueForThisPlugin(log)
assert log.contains('[DEBUG]') : 'the build did not run at -X'
assert log.contains('token from environment variable BOX_TOKEN')
assert !log.contains(canary) : 'the token leaked into the build output'
def inputs = ['invoker.properties', 'verify.groovy']
def leaks = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    if (!(file.name in inputs) && file.getText('ISO-8859-1').contains(canary)) {
        leaks << file
    }
}
assert leaks.isEmpty() : "the token leaked into ${leaks}"
