/**
 * Security: the filter chain, sign-in with throttling, the signed-in principal and the login view.
 */
package academy.triggerpoint.security;
