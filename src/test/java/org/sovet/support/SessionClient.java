package org.sovet.support;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The portal as a browser sees it, over plain HTTP: keeps its session cookie, follows no redirect
 * and reads the form token off a page.
 */
public class SessionClient {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    private static final String CAMUNDA_TOKEN = "X-XSRF-TOKEN";

    private final TestRestTemplate http;
    private String session;
    private String camundaToken;

    public SessionClient(TestRestTemplate http) {
        this.http = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    /** The path as a browser sends it: already encoded. */
    public ResponseEntity<String> get(String path) {
        return keep(http.exchange(URI.create(path), HttpMethod.GET, new HttpEntity<>(headers(null)), String.class));
    }

    /** The page as a browser opens it, asking for HTML first. */
    public ResponseEntity<String> open(String path) {
        HttpHeaders headers = headers(null);
        headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
        return keep(http.exchange(URI.create(path), HttpMethod.GET, new HttpEntity<>(headers), String.class));
    }

    public ResponseEntity<String> post(String path, Map<String, String> form) {
        var body = new LinkedMultiValueMap<String, String>();
        form.forEach(body::add);
        return keep(http.exchange(URI.create(path), HttpMethod.POST,
                new HttpEntity<>(body, headers(MediaType.APPLICATION_FORM_URLENCODED)), String.class));
    }

    /** Posts JSON, as Camunda's webapps do to their own API. */
    public ResponseEntity<String> postJson(String path, String json) {
        return keep(http.exchange(URI.create(path), HttpMethod.POST, new HttpEntity<>(json, headers(MediaType.APPLICATION_JSON)),
                String.class));
    }

    /** Sends a write as Camunda's webapps do to their own API (PUT, DELETE), with a JSON body or none. */
    public ResponseEntity<String> sendJson(HttpMethod method, String path, String json) {
        return keep(http.exchange(URI.create(path), method, new HttpEntity<>(json, headers(MediaType.APPLICATION_JSON)), String.class));
    }

    /** Opens the login page and posts it as a person would. */
    public ResponseEntity<String> logIn(String user, String password, String next) {
        String page = get("/login").getBody();
        return post("/login", Map.of("username", user, "password", password, "next", next, "_csrf", token(page)));
    }

    public ResponseEntity<String> logOut(String page) {
        return post("/logout", Map.of("_csrf", token(page)));
    }

    /** Opens the page's upload form and sends the file with it, as a browser would. */
    public ResponseEntity<String> upload(String page, String fileName, byte[] content) {
        return upload(page, fileName, null, content, token(get(page).getBody()));
    }

    /**
     * Sends the file to the page's upload form with the given form token (null: none), the browser
     * claiming the content type given (null: the one its name suggests). A null file name sends no file.
     */
    public ResponseEntity<String> upload(String page, String fileName, String claimedType, byte[] content, String formToken) {
        var body = new LinkedMultiValueMap<String, Object>();
        if (formToken != null) {
            body.add("_csrf", formToken);
        }
        if (fileName != null) {
            HttpHeaders part = new HttpHeaders();
            if (claimedType != null) {
                part.set(HttpHeaders.CONTENT_TYPE, claimedType);
            }
            body.add("file", new HttpEntity<>(new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            }, part));
        }
        return keep(http.exchange(URI.create(page), HttpMethod.POST, new HttpEntity<>(body, headers(MediaType.MULTIPART_FORM_DATA)),
                String.class));
    }

    public String session() {
        return session;
    }

    public static String token(String page) {
        Matcher matcher = TOKEN.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no form token on the page");
        }
        return matcher.group(1);
    }

    private HttpHeaders headers(MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        if (type != null) {
            headers.setContentType(type);
        }
        if (session != null) {
            headers.add(HttpHeaders.COOKIE, "SESSION=" + session);
        }
        // Camunda's webapps send back the CSRF token their filter gave out, as Tasklist's scripts do
        if (camundaToken != null) {
            headers.add(CAMUNDA_TOKEN, camundaToken);
        }
        return headers;
    }

    private ResponseEntity<String> keep(ResponseEntity<String> response) {
        for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            Matcher matcher = SESSION.matcher(cookie);
            if (matcher.lookingAt()) {
                session = matcher.group(1);
            }
        }
        if (response.getHeaders().getFirst(CAMUNDA_TOKEN) != null) {
            camundaToken = response.getHeaders().getFirst(CAMUNDA_TOKEN);
        }
        return response;
    }
}
