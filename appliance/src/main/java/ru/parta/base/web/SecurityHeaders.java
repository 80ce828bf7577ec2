package ru.parta.base.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every answer carries (docs/security.md "Pages"). The content security policy allows
 * nothing from outside the school server: no other origin may run code, be connected to, framed
 * or posted to. Vaadin's production bundle needs inline scripts (its bootstrap page carries the
 * first state inline) and {@code eval} (server-sent JavaScript runs through {@code new Function}),
 * and inline styles; those stay allowed, outside origins do not. File downloads set a stricter
 * policy of their own.
 */
public final class SecurityHeaders implements Filter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' blob:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "same-origin");
            http.setHeader("X-Frame-Options", "SAMEORIGIN");
            http.setHeader("Cross-Origin-Opener-Policy", "same-origin");
            // Calls (a later feature) will ask for the camera and microphone of this origin only.
            http.setHeader("Permissions-Policy", "camera=(self), microphone=(self), geolocation=(), payment=(), usb=()");
        }
        chain.doFilter(request, response);
    }
}
