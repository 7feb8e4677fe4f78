package academy.triggerpoint.lti;

import academy.triggerpoint.BackgroundWork;
import academy.triggerpoint.IntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on the fixed port of {@link LtiToolServer} (which the test class must
 * implement), with the movable test clock and background work, as {@link IntegrationTest} but
 * serving HTTP, so a {@link TestPlatform} can launch into it and fetch its keys.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@Import({IntegrationTest.TestClock.class, BackgroundWork.class})
@TestExecutionListeners(listeners = IntegrationTest.ContextStrategy.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface LtiToolTest {
}
