package academy.triggerpoint;

import academy.triggerpoint.catalog.content.CourseFolders;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@EnableAsync
public class Application {

    /**
     * Starts the platform, or with {@code validate [folder...]} checks course folders without
     * starting a server and exits non-zero when any has a problem.
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("validate")) {
            System.exit(CourseFolders.runCheck(Arrays.asList(args).subList(1, args.length), System.out));
        }
        SpringApplication.run(Application.class, args);
    }
}
