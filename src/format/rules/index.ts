export * from './types';
export * from './catalogue';
export * from './engine';
export { deadlineFor, localDate, daysBetween as daysBetweenDates } from './publication';
export { similarity } from './cross-year';
export { findFigures, parseChineseInteger } from './figures';
