export const TEMPLATE_DB = 'jb_template';
/** Cheap hashes in tests; production uses BCRYPT_ROUNDS (default 11). */
export const TEST_BCRYPT_ROUNDS = 4;
export const DEMO_PASSWORD = 'jobbrygga-demo';
