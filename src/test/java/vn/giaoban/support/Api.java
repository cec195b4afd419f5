package vn.giaoban.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client speaking to the running service as one user (HTTP Basic), as any API client would. */
public final class Api {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String PASSWORD = "mat-khau-thu-nghiem";
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Reply(int status, byte[] body, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + text(), e);
            }
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** Asserts the status, and for errors that the body is problem+json with the same status. */
        public Reply expect(int expected) {
            assertThat(status).as("status of reply %s", text()).isEqualTo(expected);
            assertThat(text()).as("no stack trace or SQL in a reply")
                    .doesNotContain("Exception", "\tat ", "SELECT ", "INSERT ", "org.hibernate", "java.lang");
            if (expected >= 400) {
                assertThat(contentType()).startsWith("application/problem+json");
                assertThat(json().path("status").asInt()).isEqualTo(expected);
                assertThat(json().path("detail").asText()).isNotBlank();
            }
            return this;
        }
    }

    /** One client (and cookie jar) per user and port: a logged-in user keeps their session, as API clients may. */
    private static final java.util.Map<String, HttpClient> CLIENTS = new java.util.concurrent.ConcurrentHashMap<>();

    private final HttpClient http;
    private final String base;
    private final String authorization;

    private Api(int port, String username, String password) {
        this.base = "http://localhost:" + port;
        this.http = CLIENTS.computeIfAbsent(port + "/" + username + "/" + password, key -> HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager()).build());
        this.authorization = username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static Api admin(int port) {
        return new Api(port, "admin", ADMIN_PASSWORD);
    }

    public static Api as(int port, String username) {
        return new Api(port, username, PASSWORD);
    }

    public static Api anonymous(int port) {
        return new Api(port, null, null);
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** GET, with extra request headers given as name, value, name, value… */
    public Reply get(String path, String... headers) {
        return send(withHeaders(builder(path).GET(), headers));
    }

    public Reply post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply post(String path) {
        return send(builder(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Reply put(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply send(String method, String path, String contentType, byte[] body, String... headers) {
        return send(withHeaders(builder(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)), headers));
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** JSON string literal for a value, with proper escaping. */
    public static String str(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static String strs(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
