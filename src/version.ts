/** Kestra's version, printed by --version and stamped in reports. Kept in step with package.json by a test. */
export const VERSION = '0.1.0';
