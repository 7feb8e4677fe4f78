package academy.triggerpoint.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a physiotherapist enters to register. Mutable so a form can bind to it. */
public class RegistrationRequest {

    @NotBlank(message = "Enter your full name as it should print on certificates.")
    @Size(max = 200, message = "Use at most 200 characters.")
    private String fullName = "";

    @NotBlank(message = "Enter your email address.")
    @Email(message = "Enter a valid email address, such as name@clinic.org.")
    @Size(max = 320, message = "Use at most 320 characters.")
    private String email = "";

    @NotBlank(message = "Enter your professional licence or registration number.")
    @Size(max = 60, message = "Use at most 60 characters.")
    private String licenceNumber = "";

    @NotBlank(message = "Enter the country that issued your licence.")
    @Size(max = 80, message = "Use at most 80 characters.")
    private String licenceCountry = "";

    @Size(max = 80, message = "Use at most 80 characters.")
    private String licenceRegion = "";

    private String password = "";

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    /** Surrounding spaces, as pasted from a mail client, are not part of the address. */
    public void setEmail(String email) {
        this.email = email == null ? "" : email.strip();
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }

    public String getLicenceCountry() {
        return licenceCountry;
    }

    public void setLicenceCountry(String licenceCountry) {
        this.licenceCountry = licenceCountry;
    }

    public String getLicenceRegion() {
        return licenceRegion;
    }

    public void setLicenceRegion(String licenceRegion) {
        this.licenceRegion = licenceRegion;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
