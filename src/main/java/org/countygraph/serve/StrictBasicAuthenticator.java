package org.countygraph.serve;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * HTTP basic authentication that answers a malformed {@code Authorization: Basic} header (not
 * base64, no {@code user:password}) with 400 instead of letting Jetty's decoder fail with 500.
 * Well-formed credentials go to Jetty's {@link BasicAuthenticator} unchanged.
 */
final class StrictBasicAuthenticator extends BasicAuthenticator {
    @Override
    public AuthenticationState validateRequest(Request req, Response res, Callback callback) throws ServerAuthException {
        String credentials = req.getHeaders().get(getAuthorizationHeader());
        if (credentials != null && credentials.regionMatches(true, 0, "Basic ", 0, 6) && !wellFormed(credentials.substring(6).strip())) {
            Response.writeError(req, res, callback, 400, "Malformed basic credentials");
            return AuthenticationState.SEND_FAILURE;
        }
        return super.validateRequest(req, res, callback);
    }

    private static boolean wellFormed(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.ISO_8859_1).indexOf(':') > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
