export * from './dates';
export * from './pace';
export * from './counts';
export * from './suppress';
export * from './sfi';
