// Shared by the prebuild scripts of the revoke ITs: hands a token on as box:verify-token does, with its record, owner-only.
import io.github.boxmaven.base.Secret
import io.github.boxmaven.boxapi.BaseUrl
import io.github.boxmaven.credential.TokenFile
import java.time.Instant

def handOn(File file, String token, String baseUrl) {
    file.parentFile.mkdirs()
    def tokenFile = new TokenFile(file.toPath())
    tokenFile.write(tokenFile.read(), Secret.of(token), Instant.now(), Instant.now().plusSeconds(3600),
            TokenFile.Binding.asked(BaseUrl.parse(baseUrl), null), null)
}
return this
