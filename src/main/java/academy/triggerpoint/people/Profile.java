package academy.triggerpoint.people;

import academy.triggerpoint.shared.Role;
import java.util.Set;

/** A person's own details as they see them on the profile page. */
public record Profile(long id, String email, String fullName, String licenceNumber, String licenceCountry,
                      String licenceRegion, Set<Role> roles) {
}
