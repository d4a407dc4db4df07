// The value format of <input type="datetime-local" step="1">, in the machine's time zone
// (the browser under test runs on the same machine).

const pad = (n: number) => String(n).padStart(2, '0');

export function localDateTime(epochSeconds: number): string {
  const d = new Date(Math.floor(epochSeconds) * 1000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
