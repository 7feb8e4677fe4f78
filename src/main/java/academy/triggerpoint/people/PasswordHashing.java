package academy.triggerpoint.people;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Argon2id with Spring Security's current recommended parameters. */
@Configuration
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.withShippedList();
    }
}
