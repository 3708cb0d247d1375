export * from './constraints';
export * from './score';
export * from './reasons';
export * from './referral';
export * from './referral-api';
