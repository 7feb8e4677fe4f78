package academy.triggerpoint.security;

import academy.triggerpoint.people.AccountDirectory;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
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
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import java.time.Clock;

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

    /**
     * What pages may load and run. Vaadin Flow needs inline and evaluated script and inline styles
     * (its documented minimum); everything else is the app's own origin, no plug-ins, no framing
     * (the demo's H2 console frames itself).
     */
    static String contentSecurityPolicy(boolean demo) {
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors " + (demo ? "'self'" : "'none'");
    }

    /**
     * The LTI 1.3 endpoints a learning platform sends the browser to (docs/lti.md). Platforms post
     * cross-site without this app's CSRF token: the single-use state and nonce and the platform's
     * signature protect a launch instead. The pages are plain HTML: no scripts but the inline one
     * that posts a deep-linking answer back, no framing.
     */
    @Bean
    @Order(1)
    SecurityFilterChain ltiFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/lti/login", "/lti/launch", "/lti/jwks", "/lti/deep-linking/return")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; style-src 'self'; "
                                + "script-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager signIn, AccountDirectory directory,
                                            Environment env, Clock clock) throws Exception {
        http.authenticationManager(signIn);
        http.addFilterBefore(new DatabaseOutageFilter(), SecurityContextHolderFilter.class);
        http.addFilterBefore(new LoginOriginFilter(env.getProperty("academy.base-url", "http://localhost")),
                UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new ActiveAccountFilter(directory, clock), AnonymousAuthenticationFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/verify/**", "/favicon.ico", "/styles.css", "/images/**", "/credentials/**", "/.well-known/did.json").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/course-assets/**", "/certificate-files/**").authenticated()
                .requestMatchers("/manager-exports/**").hasRole("MANAGER")
                .requestMatchers("/course-archives/**", "/draft-archives/**", "/authoring-assets/**").hasAnyRole("AUTHOR", "ADMIN"));
        boolean demo = env.acceptsProfiles(Profiles.of("demo"));
        if (demo) {
            http.authorizeHttpRequests(auth -> auth.requestMatchers("/h2-console/**").hasRole("ADMIN"));
            http.csrf(csrf -> csrf.ignoringRequestMatchers("/h2-console/**"));
        }
        // Written when the request starts, not when the response commits: Vaadin writes its pages
        // past the wrapper that would add them on commit, so they went out without these headers.
        http.headers(headers -> {
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(demo)))
                    .frameOptions(frame -> {
                        if (demo) {
                            frame.sameOrigin();
                        } else {
                            frame.deny();
                        }
                    })
                    .referrerPolicy(ref -> ref.policy(
                            org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
        });
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
