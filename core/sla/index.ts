export * from './analyze';
export * from './compute';
export * from './input-findings';
export * from './rates';
export * from './targets';
export * from './ticket-events';
