package academy.triggerpoint.practice;

/** How practical training was delivered; jurisdictions count these hours separately. */
public enum PracticeMode {
    ONLINE_THEORY("Online theory"),
    IN_PERSON_COURSE("In-person course"),
    SUPERVISED_NEEDLING("Supervised clinical needling");

    private final String label;

    PracticeMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether hours in this mode happen in person (in-person course or supervised needling). */
    public boolean inPerson() {
        return this != ONLINE_THEORY;
    }
}
