// The expiry must be relative to now, so it goes into .mvn/maven.config just before the build.
def expiresAt = java.time.Instant.now().plusSeconds(240).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Dbox.token.expiresAt=${expiresAt}\n"
new File(basedir, 'expires-at.txt').text = expiresAt.toString()
true
