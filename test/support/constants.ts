export const TEMPLATE_DB = 'jb_template';
/** Cheaper password hashes in tests; production uses PASSWORD_HASH_MEMORY_KIB (default 19456). */
export const TEST_HASH_MEMORY_KIB = 1024;
export const DEMO_PASSWORD = 'jobbrygga-demo';
