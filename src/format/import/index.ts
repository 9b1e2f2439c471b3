export * from './lines';
export * from './parse';
export * from './read-source';
export * from './analyse';
export { readCount } from './values';
export { labelKey, labelScore } from '../label-match';
