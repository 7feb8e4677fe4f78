package academy.triggerpoint.shared;

/** What a person may do on the platform. A person may hold several roles. */
public enum Role {
    /** A physiotherapist studying courses and earning certificates. */
    LEARNER,
    /** Builds and maintains course content. */
    AUTHOR,
    /** Tracks the competency of an organisation's staff. */
    MANAGER,
    /** Answers a course's script-concordance items as a member of its expert panel; the answers become the key. */
    PANELLIST,
    /**
     * Countersigns the practical training log of the people in their own organisation and observes
     * their needling; appointed by the organisation's manager or an administrator.
     */
    SUPERVISOR,
    /** Runs the platform: accounts, course problems, certificates. */
    ADMIN;

    /** The Spring Security authority name, as used in {@code hasRole(...)}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
