// Runs against the real Box API only when its credentials are in the environment; otherwise says so and is skipped.
def missing = ['BOX_LIVE_CLIENT_ID', 'BOX_LIVE_CLIENT_SECRET', 'BOX_LIVE_ENTERPRISE_ID', 'BOX_LIVE_FOLDER_ID'].findAll { !System.getenv(it) }
if (missing) {
    println "[live] live-downscope-revoke skipped: set ${missing.join(', ')} to check it against the real Box API"
    return false
}
return true
