package academy.triggerpoint.people;

import academy.triggerpoint.shared.PublicAddress;
import org.springframework.stereotype.Component;

/** Absolute links for emails, built from the configured public address of the platform. */
@Component
class AccountLinks {

    private final PublicAddress address;

    AccountLinks(PublicAddress address) {
        this.address = address;
    }

    String verifyEmail(String token) {
        return address.of("/verify-email?token=" + token);
    }

    String resetPassword(String token) {
        return address.of("/reset-password?token=" + token);
    }

    String joinOrganisation(String token) {
        return address.of("/join-organisation?token=" + token);
    }

    String signIn() {
        return address.of("/login");
    }
}
