package academy.triggerpoint.people.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A clinic or hospital department whose training manager tracks its staff. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    /** When set, a refresher is assigned automatically as a certificate it renews nears expiry. */
    private boolean refresherRule;
    private Instant createdAt;
    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isRefresherRule() {
        return refresherRule;
    }

    public void setRefresherRule(boolean refresherRule) {
        this.refresherRule = refresherRule;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Organisation other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hash(Organisation.class);
    }
}
