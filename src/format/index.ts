export * from './definition';
export * from './cells';
export * from './schema';
export * from './blank';
export * from './credit-code';
export * from './report-input';
export * from './rules';
export * from './render';
