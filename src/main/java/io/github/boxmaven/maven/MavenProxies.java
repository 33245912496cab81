package io.github.boxmaven.maven;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.ProxySettings;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.AuthenticationContext;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.repository.ProxySelector;
import org.eclipse.aether.repository.RemoteRepository;

/** The proxy for the base URL from Maven's repository session (as mojohaus/versions does): nonProxyHosts applied. */
final class MavenProxies {
    private MavenProxies() {}

    /** Null when Maven would connect to {@code baseUrl} directly. */
    static ProxySettings forUrl(RepositorySystemSession session, String baseUrl) {
        ProxySelector selector = session == null ? null : session.getProxySelector();
        if (selector == null) {
            return null;
        }
        RemoteRepository repository = new RemoteRepository.Builder("box-api", "default", baseUrl).build();
        Proxy proxy = selector.getProxy(repository);
        if (proxy == null) {
            return null;
        }
        String username = null;
        String password = null;
        try (AuthenticationContext context = AuthenticationContext.forProxy(session,
                new RemoteRepository.Builder(repository).setProxy(proxy).build())) {
            if (context != null) {
                username = context.get(AuthenticationContext.USERNAME);
                password = context.get(AuthenticationContext.PASSWORD);
            }
        }
        return new ProxySettings(proxy.getHost(), proxy.getPort(), username,
                password == null ? null : Secret.of(password));
    }
}
