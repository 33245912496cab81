// Shared by the live ITs' selector scripts: an IT runs against the real Box API only when its credentials are in the
// environment. Otherwise it is skipped with a line saying which are missing, or, with -Dit.live.required=true (the
// release and the rehearsal in .ci/run), it fails the build.
def present(String test, List<String> names, String required) {
    def missing = names.findAll { !System.getenv(it) }
    if (!missing) {
        return true
    }
    def line = "Live Box check ${test}: set ${missing.join(', ')} to check it against the real Box API"
    if (required == 'true') {
        throw new IllegalStateException(line + ' (it.live.required=true)')
    }
    println "[live] skipped. ${line}"
    return false
}
return this
