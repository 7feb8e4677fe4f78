/**
 * Trigger Point Academy: continuing education for physiotherapists who practise dry needling.
 * Each sub-package is a Spring Modulith application module; its top-level types are its API.
 */
package academy.triggerpoint;
