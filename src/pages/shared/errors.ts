/** The words of an error from the background, a worker or the browser, to show the user. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
