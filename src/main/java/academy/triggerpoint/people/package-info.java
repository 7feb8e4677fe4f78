/**
 * People: accounts, registration, email verification, password reset, profiles and account
 * administration. Organisations and teams join here with the training-manager feature.
 */
package academy.triggerpoint.people;
