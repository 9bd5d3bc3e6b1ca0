export * from './format';
export * from './decode';
export * from './compress';
export * from './blockSpace';
