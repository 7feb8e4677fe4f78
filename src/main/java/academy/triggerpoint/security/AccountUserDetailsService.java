package academy.triggerpoint.security;

import academy.triggerpoint.people.AccountDirectory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountDirectory directory;

    AccountUserDetailsService(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return directory.findForLogin(email)
                .filter(account -> account.passwordHash() != null)
                .map(AccountPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}
