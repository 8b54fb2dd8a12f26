export * from './grid-cell';
export * from './model';
export * from './monthly-value';
export * from './validate';
