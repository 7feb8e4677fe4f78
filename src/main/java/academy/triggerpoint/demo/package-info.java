/**
 * Demo: the history of the demo clinic, so the demo profile shows on first run what the product does
 * after months of use. At start-up, and only while the clinic has no history yet, its people enrol,
 * read, answer and pass (or fail) through the same services as real use, at dates in the past set
 * by a demo clock; certificates, competency standings and assignments follow as they would. Demo
 * profile only; nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package academy.triggerpoint.demo;
