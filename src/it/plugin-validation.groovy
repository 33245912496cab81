// Shared by the compatibility ITs' verify scripts. Maven 3.9+ and 4 run every IT with -Dmaven.plugin.validation=VERBOSE
// (the invoker's properties) and list each plugin with an issue as ' * groupId:artifactId:version'; this plugin must not
// be one of them. (Maven 3.6.3 validates nothing.)
def assertNoIssueForThisPlugin(String log) {
    assert !(log =~ /(?m)^\[WARNING\] +\* io\.github\.boxmaven:box-maven-plugin:/) : 'Maven reported validation issues for box-maven-plugin'
}
return this
