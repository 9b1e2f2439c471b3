export * from './lines';
export * from './parse';
export { readCount, matchLabel, labelKey, labelScore } from './values';
