/** Limits shared by the API's validation and the web app's forms. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 120;
export const SEARCH_QUERY_MAX_LENGTH = 200;
export const LIST_LIMIT_DEFAULT = 20;
export const LIST_LIMIT_MAX = 200;
export const TOTP_DIGITS = 6;
