/**
 * LTI 1.3 (1EdTech LTI Advantage), with this platform as the tool: administrators register the
 * learning platforms (Moodle, Canvas, Brightspace…) whose people launch in; a launch's signed
 * id_token is checked (signature with the platform's published keys, issuer, audience, expiry,
 * single-use nonce, state, deployment, message type) before the person is signed in to the account
 * linked to (platform, subject); instructors place courses, quizzes and cases in their course by
 * Deep Linking 2.0; graded attempts go back to the platform's gradebook (Assignment and Grade
 * Services) through an outbox that posts each change once, with retries; managers import a platform
 * course's roster (Names and Role Provisioning Services). JWT and JWK handling is nimbus-jose-jwt's.
 */
package academy.triggerpoint.lti;
