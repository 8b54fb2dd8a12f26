export * from './compute';
export * from './context';
export * from './definitions';
export * from './finance';
export * from './group';
export * from './intake';
export * from './month';
export * from './wilson';
