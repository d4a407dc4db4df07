/** Local date, as people read the name of a file they saved today. */
function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `cookies-<scope>-<date>.<ext>`, with only characters every file system accepts. */
export function exportFileName(scope: string, date: Date, extension: string): string {
  const safe = scope.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  return `cookies-${safe || 'export'}-${isoDay(date)}.${extension}`;
}
