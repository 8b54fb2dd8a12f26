export * from './business-time';
export * from './calendar';
export * from './zone';
