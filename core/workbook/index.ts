export * from './address';
export * from './cells';
export * from './dates';
export * from './parse-table';
export * from './parse-workbook';
export * from './settings';
export * from './spec';
export * from './tables';
