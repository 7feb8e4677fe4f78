package academy.triggerpoint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.TestExecutionListeners;

/** The whole application on an in-memory H2 database migrated by Flyway, with a clock tests can move. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({IntegrationTest.TestClock.class, BackgroundWork.class})
@TestExecutionListeners(listeners = IntegrationTest.ContextStrategy.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegrationTest {

    /**
     * Several cached application contexts live in one test JVM and each installs its own security
     * context strategy; before each test, the one of the test's own context is made current.
     */
    class ContextStrategy implements TestExecutionListener {
        @Override
        public void beforeTestMethod(TestContext testContext) {
            SecurityContextHolder.setContextHolderStrategy(
                    testContext.getApplicationContext().getBean(SecurityContextHolderStrategy.class));
        }
    }

    @TestConfiguration
    class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }
}
