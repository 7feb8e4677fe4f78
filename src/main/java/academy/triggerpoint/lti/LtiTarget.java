package academy.triggerpoint.lti;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a link placed in a platform opens: a course, a module's quiz or a case. Its target link URI
 * is {@code <base>/lti/course/<course>}, {@code <base>/lti/quiz/<course>/<module>} or
 * {@code <base>/lti/case/<course>/<case>}; the page it opens is the app's own route.
 */
record LtiTarget(Kind kind, String courseId, String partId) {

    enum Kind { COURSE, QUIZ, CASE }

    private static final Pattern PATH = Pattern.compile("/lti/(course|quiz|case)/([a-z0-9][a-z0-9-]{0,79})(?:/([a-z0-9][a-z0-9-]{0,119}))?/?");

    static LtiTarget course(String courseId) {
        return new LtiTarget(Kind.COURSE, courseId, null);
    }

    static LtiTarget quiz(String courseId, String moduleId) {
        return new LtiTarget(Kind.QUIZ, courseId, moduleId);
    }

    static LtiTarget ofCase(String courseId, String caseId) {
        return new LtiTarget(Kind.CASE, courseId, caseId);
    }

    /** The target a URI names, when it is one of this tool's under {@code base} (the public address). */
    static Optional<LtiTarget> parse(String uri, String base) {
        if (uri == null || !uri.startsWith(base)) {
            return Optional.empty();
        }
        String path;
        try {
            path = URI.create(uri).getPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String basePath = URI.create(base).getPath();
        if (basePath != null && !basePath.isEmpty() && !basePath.equals("/")) {
            if (!path.startsWith(basePath)) {
                return Optional.empty();
            }
            path = path.substring(basePath.length() - (basePath.endsWith("/") ? 1 : 0));
        }
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        Kind kind = Kind.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
        if ((kind == Kind.COURSE) != (m.group(3) == null)) {
            return Optional.empty();
        }
        return Optional.of(new LtiTarget(kind, m.group(2), m.group(3)));
    }

    /** The path of this target's link, relative to the public address. */
    String linkPath() {
        return switch (kind) {
            case COURSE -> "/lti/course/" + courseId;
            case QUIZ -> "/lti/quiz/" + courseId + "/" + partId;
            case CASE -> "/lti/case/" + courseId + "/" + partId;
        };
    }

    /** The app's route that shows it. */
    String route() {
        return switch (kind) {
            case COURSE -> "courses/" + courseId;
            case QUIZ -> "courses/" + courseId + "/quiz/" + partId;
            case CASE -> "courses/" + courseId + "/cases/" + partId;
        };
    }
}
