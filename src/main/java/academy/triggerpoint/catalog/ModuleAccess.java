package academy.triggerpoint.catalog;

import java.util.Optional;

/** The caller's enrolled version of a course, and whether a module of it is open to them yet. */
public record ModuleAccess(LoadedCourse course, Optional<String> lockedReason) {
}
