package academy.triggerpoint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import academy.triggerpoint.shared.SystemTask;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.scheduling.annotation.Scheduled;

class ModularityTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("academy.triggerpoint");
    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("academy.triggerpoint");

    @Test
    void modules_only_use_each_others_published_api_and_have_no_cycles() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void nothing_depends_on_the_demo_module_so_the_product_runs_without_it() {
        noClasses().that().resideOutsideOfPackage("academy.triggerpoint.demo..")
                .should().dependOnClassesThat().resideInAPackage("academy.triggerpoint.demo..")
                .check(MAIN);
    }

    @Test
    void every_upload_is_read_through_the_one_handler_that_enforces_its_limit_on_the_server() {
        noClasses().that().doNotHaveFullyQualifiedName("academy.triggerpoint.shared.ui.BoundedUpload")
                .should().callConstructor(com.vaadin.flow.component.upload.Upload.class,
                        com.vaadin.flow.server.streams.UploadHandler.class)
                .orShould().callMethod(com.vaadin.flow.server.streams.UploadHandler.class, "inMemory",
                        com.vaadin.flow.server.streams.InMemoryUploadCallback.class)
                .because("the browser's upload limit can be lifted by anyone; only the server's holds")
                .check(MAIN);
    }

    @Test
    void every_scheduled_job_runs_through_the_one_place_that_sets_the_system_context() {
        methods().that().areAnnotatedWith(Scheduled.class).should(callSystemTaskRun()).check(MAIN);
    }

    @Test
    void every_scheduled_job_runs_on_one_node_at_a_time_however_many_run() {
        methods().that().areAnnotatedWith(Scheduled.class)
                .should().beAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)
                .because("on several nodes behind a load balancer every node's scheduler fires each job")
                .check(MAIN);
    }

    @Test
    void no_test_reads_the_real_date_so_the_suite_passes_on_any_day() {
        noClasses().that().resideOutsideOfPackage("academy.triggerpoint.bench..")
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(LocalDate.class, "now", java.time.ZoneId.class)
                .because("a test that mixes the real date with the application's clock fails on some days")
                .check(TESTS);
    }

    private static ArchCondition<JavaMethod> callSystemTaskRun() {
        return new ArchCondition<>("call SystemTask.run") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean calls = method.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> call.getTargetOwner().isEquivalentTo(SystemTask.class) && call.getName().equals("run"));
                events.add(new SimpleConditionEvent(method, calls, method.getFullName()
                        + (calls ? " runs as the system" : " does not run through SystemTask.run")));
            }
        };
    }
}
