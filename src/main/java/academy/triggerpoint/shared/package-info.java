/**
 * The small kernel every module may use: roles, the clock, the audit trail, outgoing mail and
 * the main layout. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package academy.triggerpoint.shared;
