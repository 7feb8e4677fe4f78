package academy.triggerpoint.lti;

import academy.triggerpoint.security.ExternalSignIn;
import academy.triggerpoint.shared.i18n.Languages;
import academy.triggerpoint.shared.i18n.Translations;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTTP side of LTI 1.3: the login initiation and launch endpoints a platform sends the browser
 * to, this tool's public key set, and the page that posts a deep-linking response back. Anything
 * refused is shown as a page naming the check that failed, with status 400 and nothing created.
 */
@Controller
class LaunchController {

    static final String STATE_COOKIE = "tpa_lti_state";

    private static final Logger log = LoggerFactory.getLogger(LaunchController.class);

    private final Launches launches;
    private final ToolKeys keys;
    private final ExternalSignIn signIn;
    private final Translations translations;

    LaunchController(Launches launches, ToolKeys keys, ExternalSignIn signIn, Translations translations) {
        this.launches = launches;
        this.keys = keys;
        this.signIn = signIn;
        this.translations = translations;
    }

    @RequestMapping(path = "/lti/login", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<String> login(@RequestParam Map<String, String> params, HttpServletRequest request, HttpServletResponse response) {
        try {
            Launches.LoginRedirect redirect = launches.initiate(params);
            // SameSite=None so the cookie comes back with the platform's cross-site form post (and
            // inside a platform's iframe); only over HTTPS, which browsers require for it.
            ResponseCookie cookie = ResponseCookie.from(STATE_COOKIE, redirect.state()).httpOnly(true)
                    .secure(request.isSecure()).sameSite(request.isSecure() ? "None" : "Lax")
                    .path("/lti/").maxAge(Launches.LOGIN_VALIDITY).build();
            // Added to the servlet response: a Set-Cookie header of the ResponseEntity would replace the session cookie.
            response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
            return ResponseEntity.status(HttpStatus.FOUND).header("Location", redirect.url()).cacheControl(CacheControl.noStore()).build();
        } catch (LaunchRefused refused) {
            return refusal(refused, request);
        }
    }

    @PostMapping("/lti/launch")
    ResponseEntity<String> launch(@RequestParam(name = "id_token", required = false) String idToken,
                                  @RequestParam(name = "state", required = false) String state,
                                  HttpServletRequest request, HttpServletResponse response) {
        try {
            String cookie = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                    .filter(c -> c.getName().equals(STATE_COOKIE)).map(Cookie::getValue).findFirst().orElse(null);
            Launches.Launched launched = launches.launch(idToken, state, cookie);
            signIn.signIn(launched.accountId(), request, response);
            HttpSession session = request.getSession();
            session.setAttribute(DeepLinking.REQUEST_ATTRIBUTE, launched.deepLinking());
            String route = launches.arrive(launched);
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(STATE_COOKIE, "").path("/lti/").maxAge(0).build().toString());
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", request.getContextPath() + "/" + route)
                    .cacheControl(CacheControl.noStore()).build();
        } catch (LaunchRefused refused) {
            return refusal(refused, request);
        } catch (DisabledException disabled) {
            return refusal(new LaunchRefused(LaunchRefused.Check.ACCOUNT, disabled.getMessage()), request);
        }
    }

    @GetMapping(path = "/lti/jwks", produces = "application/json")
    ResponseEntity<String> jwks() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .body(keys.publicKeys().toString(true));
    }

    /** Posts the signed deep-linking response the instructor just made back to their platform (once). */
    @GetMapping("/lti/deep-linking/return")
    ResponseEntity<String> deepLinkReturn(HttpServletRequest request) throws IOException {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(DeepLinking.RESPONSE_ATTRIBUTE);
        if (!(pending instanceof DeepLinking.Response response)) {
            return refusal(new LaunchRefused(LaunchRefused.Check.STATE, "There is no choice waiting to be sent to your platform."
                    + " Open the content selection again from your course."), request);
        }
        session.removeAttribute(DeepLinking.RESPONSE_ATTRIBUTE);
        session.removeAttribute(DeepLinking.REQUEST_ATTRIBUTE);
        Locale language = language(request);
        String html = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
                + escape(translations.getTranslation("lti.return.title", language)) + "</title></head>"
                + "<body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"" + escape(response.returnUrl()) + "\">"
                + "<input type=\"hidden\" name=\"JWT\" value=\"" + escape(response.jwt()) + "\">"
                + "<p>" + escape(translations.getTranslation("lti.return.text", language)) + "</p>"
                + "<button type=\"submit\">" + escape(translations.getTranslation("lti.return.button", language)) + "</button>"
                + "</form></body></html>";
        // The platform's return URL is another origin: this page alone may post there.
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; form-action "
                        + origin(response.returnUrl()) + "; base-uri 'none'; frame-ancestors 'none'")
                .body(html);
    }

    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private ResponseEntity<String> refusal(LaunchRefused refused, HttpServletRequest request) {
        log.warn("LTI {} refused ({}): {}", request.getRequestURI(), refused.check(), refused.getMessage());
        Locale language = language(request);
        String check = refused.check().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String html = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(translations.getTranslation("lti.refused.title", language)) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/styles.css\"></head>"
                + "<body class=\"public-page\"><main class=\"lti-refused\"><h1>" + escape(translations.getTranslation("lti.refused.title", language))
                + "</h1><p id=\"check\" data-check=\"" + check + "\">" + escape(translations.getTranslation("lti.refused.check", language,
                translations.getTranslation(checkKey(refused.check()), language))) + "</p>"
                + "<p id=\"reason\">" + escape(refused.getMessage()) + "</p>"
                + "<p>" + escape(translations.getTranslation("lti.refused.nothing", language)) + "</p></main></body></html>";
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore())
                .body(html);
    }

    private static String checkKey(LaunchRefused.Check check) {
        return switch (check) {
            case PLATFORM -> "lti.check.platform";
            case STATE -> "lti.check.state";
            case TOKEN -> "lti.check.token";
            case SIGNATURE -> "lti.check.signature";
            case ISSUER -> "lti.check.issuer";
            case AUDIENCE -> "lti.check.audience";
            case EXPIRED -> "lti.check.expired";
            case NONCE -> "lti.check.nonce";
            case DEPLOYMENT -> "lti.check.deployment";
            case MESSAGE_TYPE -> "lti.check.message-type";
            case SUBJECT -> "lti.check.subject";
            case TARGET -> "lti.check.target";
            case ACCOUNT -> "lti.check.account";
        };
    }

    private static Locale language(HttpServletRequest request) {
        return Languages.closest(request.getLocale());
    }

    private static String escape(String text) {
        return Entities.escape(text == null ? "" : text);
    }
}
