package org.thesisbot.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The playground's three static files, read once from the classpath ({@code public/}) and served with a
 * strict Content-Security-Policy: no inline script, no third-party origin, nothing fetched but this server.
 */
final class Playground {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data: blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private record Asset(byte[] bytes, String contentType) {
    }

    private final Map<String, Asset> assets;

    Playground() {
        this.assets = Map.of(
                "/", new Asset(load("public/index.html"), "text/html; charset=utf-8"),
                "/playground.js", new Asset(load("public/playground.js"), "text/javascript; charset=utf-8"),
                "/playground.css", new Asset(load("public/playground.css"), "text/css; charset=utf-8"));
    }

    Iterable<String> paths() {
        return assets.keySet();
    }

    void serve(Context ctx, String path) {
        Asset a = assets.get(path);
        ctx.header("Content-Security-Policy", CSP)
                .header("Cache-Control", "no-cache")
                .contentType(a.contentType())
                .result(a.bytes());
    }

    private static byte[] load(String resource) {
        try (InputStream in = Playground.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("playground resource missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read playground resource " + resource, e);
        }
    }
}
