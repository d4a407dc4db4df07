/**
 * The name of the port pages open to follow cookie changes live. Apart from the
 * protocol so that pages do not load the background's request validation.
 */
export const CHANGES_PORT = 'crumb-changes';
