export * from './roles';
export * from './locales';
export * from './limits';
export * from './errors';
export * from './api-types';
export * from './organisation-number';
export * from './placements';
