package academy.triggerpoint.lti;

/**
 * A login initiation or launch that failed a check; nothing was created. {@code check} names the
 * check (issuer, audience, nonce...) for the page the person sees and for the log.
 */
public class LaunchRefused extends RuntimeException {

    /** The checks of the LTI 1.3 security framework, in the order a launch runs them. */
    public enum Check { PLATFORM, STATE, TOKEN, SIGNATURE, ISSUER, AUDIENCE, EXPIRED, NONCE, DEPLOYMENT, MESSAGE_TYPE, SUBJECT, TARGET, ACCOUNT }

    private final Check check;

    public LaunchRefused(Check check, String message) {
        super(message);
        this.check = check;
    }

    public Check check() {
        return check;
    }
}
