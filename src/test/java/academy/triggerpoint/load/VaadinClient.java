package academy.triggerpoint.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab as the server sees it, without a browser: the sign-in form, Vaadin's bootstrap
 * ({@code ?v-r=init}) and the UIDL requests a page sends (with its CSRF token, sync id and client
 * id), keeping the element tree the server describes so that buttons and inputs are found by what
 * they show, not by recorded node ids. Shares one {@link HttpClient}; keeps its own cookies.
 */
final class VaadinClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SAVED = Pattern.compile("Answer to question (\\d+) saved at (\\d\\d:\\d\\d:\\d\\d)");
    private static final Pattern COOKIE = Pattern.compile("^\\s*([^=;\\s]+)=([^;]*)");

    private final HttpClient http;
    private final String base;
    /** This tab's cookies: the session's, and the load balancer's TPA_NODE when there is one. */
    private final Map<String, String> cookies = new java.util.LinkedHashMap<>();
    private String uidlToken;
    private int uiId;
    private int syncId;
    private int clientId;
    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();
    private final Map<Integer, Integer> parents = new HashMap<>();
    private final Map<Integer, String> values = new HashMap<>();
    /** The element that shows "Answer to question N saved at ...", and its text. */
    private Integer savedMark;
    private String savedText = "";

    /** The body of the last UIDL response, for acknowledgement checks. */
    private String lastResponse = "";

    /** The one client a harness shares among all its virtual users: HTTP/1.1 as browsers use here, redirects left visible. */
    static HttpClient sharedHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(java.time.Duration.ofSeconds(5)).build();
    }

    VaadinClient(HttpClient http, String base) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Signs in through the login form as a browser does: false when the server refused. */
    boolean signIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        Matcher csrf = CSRF_META.matcher(page.body());
        if (page.statusCode() != 200 || !csrf.find()) {
            throw new IOException("login page answered " + page.statusCode() + " without a CSRF token");
        }
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = posted.headers().firstValue("Location").orElse("");
        return posted.statusCode() == 302 && !location.contains("error");
    }

    /** Opens a route as a new tab: the bootstrap request, then the navigation the client router sends. */
    void open(String route) throws IOException, InterruptedException {
        tags.clear();
        texts.clear();
        parents.clear();
        values.clear();
        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="
                + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=")).GET());
        if (init.statusCode() != 200) {
            throw new IOException("bootstrap of " + route + " answered " + init.statusCode());
        }
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        uidlToken = uidl.path("Vaadin-Security-Key").asString();
        if (uidlToken.isEmpty()) {
            throw new IOException("bootstrap of " + route + " carried no security key (signed out?)");
        }
        apply(uidl);
        ObjectNode navigate = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        navigate.putObject("data").put("route", "/" + route).put("query", "").put("appShellTitle", "")
                .put("trigger", "").putObject("historyState").put("idx", 0);
        rpc(List.of(navigate));
    }

    /** Clicks the button that shows {@code text}; false when there is none. */
    boolean click(String text) throws IOException, InterruptedException {
        Optional<Integer> button = elementShowing(text, "vaadin-button");
        if (button.isEmpty()) {
            return false;
        }
        ObjectNode click = JSON.createObjectNode().put("type", "event").put("node", button.get()).put("event", "click");
        click.putObject("data").put("event.button", 0).put("event.detail", 1);
        rpc(List.of(click));
        return true;
    }

    /** The newest radio-button group on the page (the current question's), if any. */
    Optional<Integer> radioGroup() {
        return tags.entrySet().stream().filter(e -> e.getValue().equals("vaadin-radio-group")).map(Map.Entry::getKey)
                .max(Integer::compare);
    }

    /**
     * Chooses another option in a radio group than the one it holds ("1" or "2"), as a person
     * changing their answer clicks one: choosing the held option again sends nothing in a browser.
     * Returns the option chosen.
     */
    String chooseAnother(int group) throws IOException, InterruptedException {
        String key = "1".equals(values.get(group)) ? "2" : "1";
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", group).put("feature", 1)
                .put("property", "value").put("value", key);
        ObjectNode changed = JSON.createObjectNode().put("type", "event").put("node", group).put("event", "value-changed");
        changed.putObject("data");
        rpc(List.of(sync, changed));
        values.put(group, key);
        return key;
    }

    /** Whether the page currently shows {@code text} anywhere. */
    boolean shows(String text) {
        return texts.values().stream().anyMatch(t -> t.contains(text));
    }

    /**
     * The question whose answer the last request saved, as the page acknowledges it: the
     * "Answer to question N saved at HH:MM:SS" mark gets new text, or, when the text would not
     * change (the same question saved again within the second), the server sets it again and its
     * element's content is replaced. Empty when the reply acknowledged nothing.
     */
    Optional<Ack> acknowledged() {
        Matcher saved = SAVED.matcher(lastResponse);
        if (saved.find()) {
            return Optional.of(new Ack(Integer.parseInt(saved.group(1)), saved.group(2)));
        }
        if (savedMark != null && lastResponse.contains("{\"node\":" + savedMark + ",\"type\":\"clear\"")) {
            Matcher again = SAVED.matcher(savedText);
            if (again.find()) {
                return Optional.of(new Ack(Integer.parseInt(again.group(1)), again.group(2)));
            }
        }
        return Optional.empty();
    }

    /** An answer the server acknowledged: the question's number and the time it says it saved it (HH:mm:ss). */
    record Ack(int question, String savedAt) {
    }

    String lastResponse() {
        return lastResponse;
    }

    private Optional<Integer> elementShowing(String text, String tag) {
        for (Map.Entry<Integer, String> entry : texts.entrySet()) {
            if (entry.getValue().strip().equals(text)) {
                Integer node = parents.get(entry.getKey());
                while (node != null && !tag.equals(tags.get(node))) {
                    node = parents.get(node);
                }
                if (node != null) {
                    return Optional.of(node);
                }
            }
        }
        return Optional.empty();
    }

    private void rpc(List<ObjectNode> calls) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", uidlToken);
        ArrayNode rpc = body.putArray("rpc");
        calls.forEach(rpc::add);
        body.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        String text = response.body();
        if (response.statusCode() != 200 || !text.startsWith("{") && !text.startsWith("for(;;);")) {
            throw new IOException("UIDL answered " + response.statusCode() + ": " + abbreviate(text));
        }
        JsonNode uidl = JSON.readTree(text.startsWith("for(;;);") ? text.substring(8) : text);
        if (uidl.has("meta") && uidl.path("meta").has("sessionExpired")) {
            throw new IOException("session expired");
        }
        syncId = uidl.path("syncId").asInt(syncId);
        clientId = uidl.path("clientId").asInt(clientId + 1);
        lastResponse = text;
        apply(uidl);
    }

    private void apply(JsonNode uidl) {
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            switch (change.path("type").asString()) {
                case "put" -> {
                    String key = change.path("key").asString();
                    if (key.equals("tag")) {
                        tags.put(node, change.path("value").asString());
                    } else if (key.equals("value")) {
                        values.put(node, change.path("value").asString());
                    } else if (key.equals("text")) {
                        String text = change.path("value").asString();
                        texts.put(node, text);
                        if (SAVED.matcher(text).find()) {
                            savedMark = parents.get(node);
                            savedText = text;
                        }
                    }
                }
                case "splice" -> change.path("addNodes").forEach(child -> parents.put(child.asInt(), node));
                case "detach" -> {
                    tags.remove(node);
                    texts.remove(node);
                    parents.remove(node);
                    values.remove(node);
                }
                default -> {
                }
            }
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher m = COOKIE.matcher(cookie);
            if (m.find()) {
                cookies.put(m.group(1), m.group(2));
            }
        }
        return response;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
