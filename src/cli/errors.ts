// The errors and exit codes are shared by every layer (src/model); commands import them from here.
export { EXIT_OFFLINE, EXIT_OK, EXIT_STOPPED, EXIT_USAGE, EXIT_USER_ERROR, UserError } from '../model/errors.js';
