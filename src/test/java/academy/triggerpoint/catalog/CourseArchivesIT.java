package academy.triggerpoint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CourseArchivesIT {

    @Autowired CourseArchives archives;
    @Autowired AccountRepository accounts;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_exported_course_checks_clean_and_has_the_content_hash_of_the_stored_version() {
        SignIn.as(TestAccounts.create(accounts, "Archive Author", Role.AUTHOR));

        byte[] zip = archives.exportCurrent("intro-course");
        CourseArchives.ArchiveCheck check = archives.check(zip, "intro-course.zip");

        assertThat(check.folder()).isEqualTo("intro-course");
        assertThat(check.problems()).isEmpty();
        assertThat(archives.isStoredVersion("intro-course", check.contentHash())).isTrue();
    }

    @Test
    void a_damaged_archive_is_reported_by_name_and_learners_may_not_export() {
        SignIn.as(TestAccounts.create(accounts, "Archive Author", Role.AUTHOR));
        assertThatThrownBy(() -> archives.check(new byte[CourseArchives.MAX_UPLOAD_BYTES + 1], "huge.zip"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("huge.zip is larger than 50 MB");

        SignIn.as(TestAccounts.create(accounts, "Curious Learner"));
        assertThatThrownBy(() -> archives.exportCurrent("intro-course")).isInstanceOf(AccessDeniedException.class);
    }
}
