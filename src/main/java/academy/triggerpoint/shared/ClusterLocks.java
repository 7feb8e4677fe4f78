package academy.triggerpoint.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Work that must happen once however many nodes run: every {@code @Scheduled} job carries a
 * {@code @SchedulerLock}, and batches take a lock by name ({@link LockProvider}). Locks live in the
 * {@code shedlock} table and are timed by the database's clock, so nodes whose clocks drift still
 * agree. A node that dies holding a lock loses it at {@code lockAtMostFor}; the job's next run on
 * any node does the work, and the jobs themselves skip what is already done (a reminder row sent,
 * a certificate issued, an attempt submitted), so nothing is done twice.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ClusterLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
