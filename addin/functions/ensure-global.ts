/**
 * The build appends `CustomFunctions.associate("COVERAGE", coverage)`… to functions.ts (the metadata
 * plugin's loader). Where office.js did not load (offline preview, tests) that global is missing and the
 * whole bundle would stop at a ReferenceError: give it a no-op stand-in so the pane still starts.
 */
const g = globalThis as { CustomFunctions?: unknown };
if (g.CustomFunctions === undefined) g.CustomFunctions = { associate: () => undefined };

export {};
