export * from './grid-cell';
export * from './model';
