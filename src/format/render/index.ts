export * from './layout';
export * from './view';
export * from './html';
export * from './text';
export * from './csv';
export * from './listing';
