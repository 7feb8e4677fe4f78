/**
 * Open Badges 3.0 credentials as pure Java (no Spring, no JPA): the credential's JSON, its VC-JWT
 * signature (ES256, nimbus-jose-jwt), the W3C Bitstring Status List, baking the credential into a PNG
 * badge, and checking a credential as a third party would. The certification module feeds it the
 * facts, the keys and the status lists.
 */
package academy.triggerpoint.certification.credential;
