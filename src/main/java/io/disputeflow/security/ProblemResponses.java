package io.disputeflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 of the REST entry points as {@code application/problem+json}, like every other refusal of the API.
 */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(String realm) {
        return (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\"");
            write(request, response, 401, "unauthorized", "Authentication required",
                    "Sign in with HTTP Basic using a DisputeFlow account (Camunda user)");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(request, response, 403, "forbidden",
                "Not allowed for this account", "This account's groups do not allow " + request.getMethod() + " "
                        + request.getRequestURI() + "; buyer-side actions need group storefront");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String type,
                              String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"https://disputeflow.io/problems/" + type + "\",\"title\":\""
                + title + "\",\"status\":" + status + ",\"detail\":\"" + json(detail) + "\",\"instance\":\""
                + json(request.getRequestURI()) + "\"}");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
