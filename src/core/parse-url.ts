/** A URL, or null for text that is not one: for the checks that treat a bad URL as an answer, not an error. */
export function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
