// Runs against the real Box API only when its credentials are in the environment; otherwise says so and is skipped.
def missing = ['BOX_LIVE_DEVELOPER_TOKEN'].findAll { !System.getenv(it) }
if (missing) {
    println "[live] live-developer-token skipped: set ${missing.join(', ')} to check it against the real Box API"
    return false
}
return true
