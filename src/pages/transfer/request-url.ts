/** The Request URL as the browser would request it, or null when it is not an http(s) URL. */
export function requestUrl(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
