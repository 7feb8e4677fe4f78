package academy.triggerpoint.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.competency.Clinics;
import academy.triggerpoint.people.StaffImportReport.Outcome;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.people.domain.MembershipRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.mail.OutgoingMail;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class OrganisationsIT {

    @Autowired academy.triggerpoint.BackgroundWork background;
    @Autowired Organisations organisations;
    @Autowired StaffDirectory staff;
    @Autowired AccountRepository accounts;
    @Autowired MembershipRepository memberships;
    @Autowired OutgoingMail mail;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void an_import_is_checked_row_by_row_and_a_preview_writes_nothing() {
        Clinics.Clinic clinic = Clinics.open(organisations, accounts, "Import Clinic");
        long unique = System.nanoTime();
        String file = """
                Name,Email,Licence number,Jurisdiction,Team
                Aroha Ngata,aroha.%1$d@clinic.example,PT-1,"Wellington, New Zealand",Outpatients
                ,nobody.%1$d@clinic.example,,,
                Ben Okafor,not-an-email,,,
                Chen Wei,CHEN.%1$d@clinic.example,PT-3,Singapore,Sports
                Chen Again,chen.%1$d@clinic.example,,,
                Dana,dana.%1$d@clinic.example,,,Outpatients,extra
                Emoji \uD83E\uDDEA,emoji.%1$d@clinic.example,,,
                """.formatted(unique);

        StaffImportReport preview = organisations.importStaff(csv(file), false);

        assertThat(preview.applied()).isFalse();
        assertThat(preview.rows()).extracting(StaffImportReport.Row::line, StaffImportReport.Row::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, Outcome.INVITE),
                org.assertj.core.groups.Tuple.tuple(3, Outcome.REJECTED),
                org.assertj.core.groups.Tuple.tuple(4, Outcome.REJECTED),
                org.assertj.core.groups.Tuple.tuple(5, Outcome.INVITE),
                org.assertj.core.groups.Tuple.tuple(6, Outcome.REJECTED),
                org.assertj.core.groups.Tuple.tuple(7, Outcome.REJECTED),
                org.assertj.core.groups.Tuple.tuple(8, Outcome.REJECTED));
        assertThat(preview.rows().get(1).message()).isEqualTo("Name is empty.");
        assertThat(preview.rows().get(2).message()).isEqualTo("Email 'not-an-email' is not a valid address.");
        assertThat(preview.rows().get(4).message()).isEqualTo("Email is the same as in row 5.");
        assertThat(preview.rows().get(5).message()).isEqualTo("Row has 6 cells but the header names 5 columns.");
        assertThat(preview.rows().get(6).message()).startsWith("Name: the character '\uD83E\uDDEA' (U+1F9EA) cannot be printed");
        assertThat(preview.createdTeams()).containsExactly("Outpatients", "Sports");
        assertThat(staff.myStaff()).as("a preview writes nothing").extracting(StaffMember::fullName)
                .containsExactly("Manager of Import Clinic");

        StaffImportReport done = organisations.importStaff(csv(file), true);

        assertThat(done.accepted()).isEqualTo(2);
        assertThat(staff.myStaff()).extracting(StaffMember::fullName, StaffMember::teamName, StaffMember::jurisdiction)
                .contains(org.assertj.core.groups.Tuple.tuple("Aroha Ngata", "Outpatients", "Wellington, New Zealand"),
                        org.assertj.core.groups.Tuple.tuple("Chen Wei", "Sports", "Singapore"));
        background.awaitDone();
        assertThat(mail.logged()).anySatisfy(m -> {
            assertThat(m.to()).isEqualTo("aroha." + unique + "@clinic.example");
            assertThat(m.body()).contains("The training manager of " + clinic.name(), "reset-password");
        });

        StaffImportReport again = organisations.importStaff(csv(file), true);
        assertThat(again.accepted()).as("importing the same file twice adds nobody twice").isZero();
        assertThat(again.rows().get(0).message()).startsWith("Already a member of");
    }

    @Test
    void a_file_without_the_required_columns_is_refused_with_what_is_missing() {
        Clinics.open(organisations, accounts, "Header Clinic");

        assertThatThrownBy(() -> organisations.importStaff(csv("Full name;Mail\nA;a@b.example\n"), false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("missing: name, email");
        assertThat(organisations.importStaff(csv("\uFEFFname;email\nSemi Colon;semi." + System.nanoTime() + "@x.example\n"), false)
                .accepted()).as("a semicolon file from a spreadsheet with a byte-order mark").isEqualTo(1);
    }

    @Test
    void a_person_of_another_organisation_reads_like_anyone_else_and_stays_where_they_are() {
        Clinics.Clinic first = Clinics.open(organisations, accounts, "First Clinic", "Mere Tawhiri");
        String mere = first.staff().getFirst().email();
        Clinics.open(organisations, accounts, "Second Clinic");
        String stranger = "unknown." + System.nanoTime() + "@clinic.example";

        // The preview must not tell a manager who is registered, or with whom (issue 26, finding 9).
        StaffImportReport preview = organisations.importStaff(csv("name,email\nMere Tawhiri," + mere
                + "\nNobody Yet," + stranger + "\n"), false);
        assertThat(preview.rows()).extracting(StaffImportReport.Row::outcome, StaffImportReport.Row::message)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(Outcome.INVITE, Organisations.INVITED));
        assertThat(organisations.invite("Mere Tawhiri", mere, null).message()).isEqualTo(Organisations.INVITED);
        assertThat(memberships.findById(first.staff().getFirst().id()).orElseThrow().getOrganisationId()).isEqualTo(first.id());
    }

    @Test
    void only_managers_import_and_only_administrators_create_organisations() {
        Clinics.Clinic clinic = Clinics.open(organisations, accounts, "Rights Clinic", "Plain Learner");
        assertThatThrownBy(() -> organisations.create("Sneaky")).isInstanceOf(AccessDeniedException.class);
        SignIn.as(clinic.staff().getFirst());
        assertThatThrownBy(() -> organisations.importStaff(csv("name,email\n"), false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.myStaff()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void someone_who_already_has_an_account_joins_only_by_accepting_the_emailed_invitation() {
        LoginAccount ana = academy.triggerpoint.TestAccounts.create(accounts, "Ana Existing");
        LoginAccount stranger = academy.triggerpoint.TestAccounts.create(accounts, "Somebody Else");
        Clinics.Clinic clinic = Clinics.open(organisations, accounts, "Consent Clinic");

        StaffImportReport report = organisations.importStaff(csv("name,email\nAna Existing," + ana.email() + "\n"), true);

        assertThat(report.rows().getFirst().outcome()).isEqualTo(Outcome.INVITE);
        assertThat(staff.myStaff()).as("not a member before accepting").extracting(StaffMember::accountId)
                .doesNotContain(ana.id());
        background.awaitDone();
        String link = mail.logged().stream().filter(m -> m.to().equals(ana.email())).reduce((a, b) -> b).orElseThrow().body()
                .lines().filter(l -> l.contains("/join-organisation?token=")).findFirst().orElseThrow();
        String token = link.substring(link.indexOf("token=") + 6);

        SignIn.as(stranger);
        assertThat(organisations.myOffer()).isEmpty();
        assertThatThrownBy(() -> organisations.accept(token)).isInstanceOf(InvalidInputException.class);

        SignIn.as(ana);
        assertThat(organisations.myOffer()).map(OfferView::organisationName).contains(clinic.name());
        assertThatThrownBy(() -> organisations.accept("forged")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not valid");
        assertThat(organisations.accept(token).organisationName()).isEqualTo(clinic.name());

        SignIn.as(clinic.manager());
        assertThat(staff.myStaff()).extracting(StaffMember::accountId).contains(ana.id());
    }
}
