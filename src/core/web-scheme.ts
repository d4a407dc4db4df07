/** The URL schemes whose requests carry cookies: pages, and WebSockets opened from them. */
export const WEB_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'ws:', 'wss:']);

/** The web schemes over which Secure cookies are sent without further question. */
export const SECURE_SCHEMES: ReadonlySet<string> = new Set(['https:', 'wss:']);
