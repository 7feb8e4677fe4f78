package academy.triggerpoint.shared.ui;

import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.i18n.LanguagePreference;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in page: navigation built from the views the person may open
 * (Vaadin filters {@code @Menu} entries by access) with, at its foot, a link to the person's profile
 * and sign-out; the header holds the menu button and the language switcher. Menu titles are
 * translation keys ({@code @Menu(title = "catalog.menu.courses")}).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth, CurrentAccount current, LanguagePreference language) {
        setPrimarySection(Section.DRAWER);
        Anchor brand = new Anchor("", getTranslation("shared.brand"));
        brand.addClassName("brand");
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("shared.menu.label"));
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });

        // Plain links rather than a menu bar: lighter per session and one tab stop each. They sit at
        // the foot of the menu, not at the right of the header: in development mode Vaadin's notice
        // covers the header's top right corner (and all of a phone's header but the menu button),
        // and its tool bar the bottom right corner; the menu's foot is clear of both.
        String name = current.find().map(a -> a.displayName()).orElse(getTranslation("shared.account"));
        Anchor profile = new Anchor("profile", name);
        profile.setTitle(getTranslation("shared.profile.title"));
        profile.addClassName("profile-link");
        Button signOut = new Button(getTranslation("shared.sign-out"), e -> auth.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div account = new Div(profile, signOut);
        account.addClassName("account-links");
        Div drawer = new Div(brand, nav, account);
        drawer.addClassName("drawer-content");
        addToDrawer(drawer);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), new LanguageSwitcher(language));
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.addClassName("app-header");
        addToNavbar(header);
    }
}
