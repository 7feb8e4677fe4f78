package academy.triggerpoint.security;

import academy.triggerpoint.people.AccountDirectory;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Every view and service is closed unless it says otherwise: views by Vaadin's access annotations,
 * services by {@code @PreAuthorize}. The H2 console exists only in the demo profile, for admins.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * The only way to sign in: the throttle, then the password, then the account's state. It has no
     * parent manager: a parent built from the user-details bean would run again after every refusal,
     * unthrottled and with Spring's default checks ("User is disabled" for a wrong password, a right
     * password accepted while the throttle says wait).
     */
    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
                                                LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // Account state is only revealed after the right password, so it cannot be used to probe for accounts.
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("This account is disabled. Ask your administrator.");
            }
            if (user instanceof AccountPrincipal principal && !principal.emailVerified()) {
                throw new DisabledException("Confirm your email address first: follow the link we mailed you.");
            }
        });
        ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager signIn, AccountDirectory directory,
                                            Environment env) throws Exception {
        http.authenticationManager(signIn);
        http.addFilterBefore(new ActiveAccountFilter(directory), AnonymousAuthenticationFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/verify/**", "/favicon.ico", "/styles.css", "/images/**").permitAll()
                .requestMatchers("/course-assets/**", "/certificate-files/**").authenticated()
                .requestMatchers("/manager-exports/**").hasRole("MANAGER")
                .requestMatchers("/course-archives/**", "/draft-archives/**", "/authoring-assets/**").hasAnyRole("AUTHOR", "ADMIN"));
        if (env.acceptsProfiles(Profiles.of("demo"))) {
            http.authorizeHttpRequests(auth -> auth.requestMatchers("/h2-console/**").hasRole("ADMIN"));
            http.csrf(csrf -> csrf.ignoringRequestMatchers("/h2-console/**"));
            http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        }
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives("object-src 'none'; base-uri 'self'; frame-ancestors 'self'"))
                .referrerPolicy(ref -> ref.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
