package academy.triggerpoint.people.domain;

import academy.triggerpoint.shared.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A person who can sign in. The full name is the one that prints on certificates. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    private String emailNormalized;
    private String fullName;
    private String licenceNumber;
    private String licenceCountry;
    private String licenceRegion;
    private String language;
    private String passwordHash;
    private boolean emailVerified;
    private boolean enabled;
    private boolean detailsConfirmed = true;
    private long sessionEpoch;
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    public Account(String email, String fullName, Set<Role> roles, Instant createdAt) {
        setEmail(email);
        this.fullName = fullName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** Emails compare without case and surrounding spaces: "Anna@Clinic.org " is "anna@clinic.org". */
    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email.strip();
        this.emailNormalized = normalizeEmail(email);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public String getLicenceCountry() {
        return licenceCountry;
    }

    /** The interface language the person chose ("de"), or null to follow the browser. */
    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getLicenceRegion() {
        return licenceRegion;
    }

    public void setLicence(String number, String country, String region) {
        this.licenceNumber = number;
        this.licenceCountry = country;
        this.licenceRegion = region;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** Sets the password and ends every session opened with the old one (see {@link #getSessionEpoch()}). */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        sessionEpoch++;
    }

    /**
     * Moves on whenever the password or the roles change: a session signed in under an earlier
     * epoch is ended at its next request.
     */
    public long getSessionEpoch() {
        return sessionEpoch;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public void markEmailVerified() {
        this.emailVerified = true;
    }

    /** False for an account another system created until its owner confirms the name and licence certificates print. */
    public boolean isDetailsConfirmed() {
        return detailsConfirmed;
    }

    public void setDetailsConfirmed(boolean detailsConfirmed) {
        this.detailsConfirmed = detailsConfirmed;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Replaces the roles; a change ends the account's sessions, so a removed role stops at once. */
    public void setRoles(Set<Role> roles) {
        if (!getRoles().equals(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles))) {
            sessionEpoch++;
        }
        this.roles.clear();
        this.roles.addAll(roles);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Account other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hash(Account.class);
    }
}
