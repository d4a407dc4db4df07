/** The words of an error the browser threw (it throws Errors, and sometimes plain strings). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
