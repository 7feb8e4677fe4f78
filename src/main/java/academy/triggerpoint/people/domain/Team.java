package academy.triggerpoint.people.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A group of staff within one organisation, such as a ward or a clinic site. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organisationId;
    private String name;

    protected Team() {
    }

    public Team(Long organisationId, String name) {
        this.organisationId = organisationId;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Team other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hash(Team.class);
    }
}
