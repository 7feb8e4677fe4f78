package academy.triggerpoint.shared;

/** Implemented by the signed-in principal, so modules can learn who is calling without knowing how sign-in works. */
public interface AccountIdentity {

    long accountId();

    String displayName();
}
