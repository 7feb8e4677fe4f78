/**
 * Expert panels: the reference panel of a course's script-concordance items, collected in the app.
 * Authors and administrators enlist panellists per course; each panellist answers each item once,
 * with an optional comment, and never sees a score. {@link academy.triggerpoint.panel.PanelKeys}
 * turns the collected answers into each item's key (aggregate scoring); below
 * {@value academy.triggerpoint.catalog.content.ItemDefinition.ScriptConcordance#MINIMUM_PANEL}
 * answers an item is provisional: feedback only, no points, never a fail. Answers belong to the
 * wording they were given to (a reworded item starts a new panel) and travel with the course's ZIP.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Expert panels")
package academy.triggerpoint.panel;
