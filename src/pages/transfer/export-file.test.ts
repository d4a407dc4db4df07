import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-file';

describe('exportFileName', () => {
  const day = new Date(2026, 0, 5, 23, 59);

  it('names the scope and the local date', () => {
    expect(exportFileName('example.test', day, 'txt')).toBe('cookies-example.test-2026-01-05.txt');
    expect(exportFileName('store-Container 2', day, 'json')).toBe('cookies-store-container-2-2026-01-05.json');
  });

  it('keeps only characters every file system accepts', () => {
    expect(exportFileName('../a/b:c', day, 'sh')).toBe('cookies-a-b-c-2026-01-05.sh');
    expect(exportFileName('', day, 'txt')).toBe('cookies-export-2026-01-05.txt');
    expect(exportFileName('Privé / incognito', day, 'txt')).toBe('cookies-priv-incognito-2026-01-05.txt');
  });
});
