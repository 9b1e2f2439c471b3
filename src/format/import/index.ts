export * from './lines';
export * from './parse';
export { readCount } from './values';
export { matchLabel, labelKey, labelScore } from '../label-match';
