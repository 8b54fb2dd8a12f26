/** Zod schemas of every HTTP API body (DESIGN §5), shared by the server and the add-in's task pane. */
export * from './audit';
export * from './common';
export * from './grid';
export * from './onboarding';
export * from './templates';
export * from './users';
export * from './grid-diff';
