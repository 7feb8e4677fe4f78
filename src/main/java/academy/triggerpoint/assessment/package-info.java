/**
 * Assessment: quizzes drawn from item banks, attempts whose every answer is saved as it is given,
 * exactly-once submission, server-side time limits, grading with the critical-safety rule, review
 * and regrading.
 */
package academy.triggerpoint.assessment;
