package academy.triggerpoint.people;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute links for emails, built from the configured public address of the platform. */
@Component
class AccountLinks {

    private final String baseUrl;

    AccountLinks(@Value("${academy.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String verifyEmail(String token) {
        return baseUrl + "/verify-email?token=" + token;
    }

    String resetPassword(String token) {
        return baseUrl + "/reset-password?token=" + token;
    }

    String joinOrganisation(String token) {
        return baseUrl + "/join-organisation?token=" + token;
    }

    String signIn() {
        return baseUrl + "/login";
    }
}
