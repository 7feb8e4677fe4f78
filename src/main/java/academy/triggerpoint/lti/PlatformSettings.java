package academy.triggerpoint.lti;

import academy.triggerpoint.shared.Role;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learning platform as an administrator registers it: the values its LTI 1.3 tool registration
 * page shows (issuer, client id, the three URLs, deployment ids), which role its instructors get
 * here, and the organisation its people join (required when instructors become managers).
 */
public record PlatformSettings(String name, String issuer, String clientId, String authorizationUrl, String jwksUrl,
                               String tokenUrl, List<String> deploymentIds, Role instructorRole, Long organisationId) {

    /** Field name to what is wrong with it; empty when the settings can be saved. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(name)) {
            problems.put("name", "Give the platform a name people recognise, e.g. 'University Moodle'.");
        } else if (name.strip().length() > 200) {
            problems.put("name", "The name is longer than 200 characters.");
        }
        url("issuer", issuer, problems, false);
        if (blank(clientId)) {
            problems.put("clientId", "Enter the client id the platform assigned to this tool.");
        } else if (clientId.strip().length() > 255) {
            problems.put("clientId", "The client id is longer than 255 characters.");
        }
        url("authorizationUrl", authorizationUrl, problems, true);
        url("jwksUrl", jwksUrl, problems, true);
        url("tokenUrl", tokenUrl, problems, true);
        List<String> deployments = deploymentIds == null ? List.of() : deploymentIds;
        if (deployments.isEmpty()) {
            problems.put("deploymentIds", "Enter at least one deployment id (the platform shows it when the tool is deployed).");
        } else if (deployments.stream().anyMatch(d -> d.length() > 255)) {
            problems.put("deploymentIds", "A deployment id is longer than 255 characters.");
        } else if (deployments.stream().distinct().count() != deployments.size()) {
            problems.put("deploymentIds", "A deployment id is listed twice.");
        }
        if (instructorRole == null || !List.of(Role.LEARNER, Role.AUTHOR, Role.MANAGER).contains(instructorRole)) {
            problems.put("instructorRole", "Instructors become learners, authors or training managers.");
        } else if (instructorRole == Role.MANAGER && organisationId == null) {
            problems.put("organisationId", "Choose the organisation instructors will manage.");
        }
        return problems;
    }

    /** The settings with surrounding spaces removed and deployment ids split one per line or comma. */
    public static List<String> deploymentList(String text) {
        List<String> ids = new ArrayList<>();
        if (text != null) {
            for (String id : text.split("[,\\n]")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        return ids;
    }

    PlatformSettings stripped() {
        return new PlatformSettings(strip(name), strip(issuer), strip(clientId), strip(authorizationUrl), strip(jwksUrl),
                strip(tokenUrl), deploymentIds == null ? List.of() : deploymentIds.stream().map(String::strip).toList(),
                instructorRole, organisationId);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** HTTPS addresses, or HTTP for a platform on this machine (development and tests). */
    private static void url(String field, String value, Map<String, String> problems, boolean mayHaveQuery) {
        if (blank(value)) {
            problems.put(field, "Enter the address; the platform's tool registration page shows it.");
            return;
        }
        String trimmed = value.strip();
        try {
            URI uri = new URI(trimmed);
            String host = uri.getHost();
            boolean local = host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
            if (host == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()) && local)) {
                problems.put(field, "'" + trimmed + "' is not an https:// address.");
            } else if (trimmed.length() > (field.equals("issuer") ? 500 : 1000)) {
                problems.put(field, "The address is too long.");
            } else if (!mayHaveQuery && (uri.getRawQuery() != null || uri.getRawFragment() != null)) {
                problems.put(field, "An issuer has no query or fragment ('?' or '#').");
            }
        } catch (java.net.URISyntaxException e) {
            problems.put(field, "'" + trimmed + "' is not a valid address: " + e.getReason() + ".");
        }
    }
}
