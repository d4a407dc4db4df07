// Real files for a browser whose driver has no way to hand over or catch file contents
// (Firefox over WebDriver BiDi): uploads are written to disk first, downloads are saved by the
// browser into a folder of its own (the prefs below) and read from there.
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DownloadedFile } from './types';

const DOWNLOAD_TIMEOUT_MS = 10_000;
const POLL_MS = 50;

/** Firefox writes a download to `<name>.part` and renames it once complete. */
const IN_PROGRESS = /\.part$/;

export class BrowserFiles {
  private uploadCount = 0;

  private readonly uploads: string;
  private readonly downloads: string;

  private constructor(private readonly root: string) {
    this.uploads = join(root, 'uploads');
    this.downloads = join(root, 'downloads');
  }

  static async create(): Promise<BrowserFiles> {
    const files = new BrowserFiles(await mkdtemp(join(tmpdir(), 'crumb-files-')));
    await Promise.all([mkdir(files.uploads), mkdir(files.downloads)]);
    return files;
  }

  /** Firefox prefs that save every download into `downloads` without asking. */
  downloadPrefs(): Record<string, unknown> {
    return {
      'browser.download.dir': this.downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
    };
  }

  /**
   * Writes a file to choose in a file input, in a folder of its own: a page may still read
   * the previous file of the same name.
   */
  async upload(name: string, content: string | Buffer): Promise<string> {
    const folder = join(this.uploads, String(++this.uploadCount));
    await mkdir(folder);
    const path = join(folder, name);
    await writeFile(path, content);
    return path;
  }

  /**
   * Runs `start` (a click) and answers the file the browser saved. The folder is emptied
   * first, so the file keeps the name the page gave it (a clash would add "(1)").
   */
  async download(start: () => Promise<void>): Promise<DownloadedFile> {
    await this.emptyDownloads();
    await start();
    const deadline = Date.now() + DOWNLOAD_TIMEOUT_MS;
    let seen = '';
    for (;;) {
      const names = await readdir(this.downloads);
      const done = names.filter((name) => !IN_PROGRESS.test(name));
      if (done.length > 1) throw new Error(`more than one download: ${done.join(', ')}`);
      const [name] = done;
      if (name !== undefined && names.length === 1) {
        const { size } = await stat(join(this.downloads, name));
        // The same file at the same size twice in a row: the browser has finished writing it.
        const now = `${name}\n${size}`;
        if (seen === now) return { name, text: await readFile(join(this.downloads, name), 'utf8') };
        seen = now;
      }
      if (Date.now() > deadline) throw new Error(`no download within ${DOWNLOAD_TIMEOUT_MS} ms (saw: ${names.join(', ') || 'nothing'})`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  private async emptyDownloads(): Promise<void> {
    const names = await readdir(this.downloads);
    await Promise.all(names.map((name) => rm(join(this.downloads, name), { recursive: true, force: true })));
  }

  /** Between tests: the pages that could read these files are closed. */
  async clear(): Promise<void> {
    await this.emptyDownloads();
    const names = await readdir(this.uploads);
    await Promise.all(names.map((name) => rm(join(this.uploads, name), { recursive: true, force: true })));
  }

  async remove(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }
}
