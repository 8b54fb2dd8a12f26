export * from './attainment';
export * from './compute';
export * from './metrics';
export * from './money';
export * from './plans';
