def canary = 'CANARYtokenQ5w8e1r4t7y0'
def log = new File(basedir, 'build.log').text
// Maven 3.9+ and 4 run with -Dmaven.plugin.validation=VERBOSE (the invoker's properties): each plugin with an issue
// is listed as ' * groupId:artifactId:version', and this plugin must not be one of them
assert !(log =~ /(?m)^\[WARNING\] +\* io\.github\.boxmaven:box-maven-plugin:/) : 'Maven reported validation issues for box-maven-plugin'
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
