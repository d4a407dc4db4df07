import { messageOf } from '../shared/errors';
import { words } from '../../core/words';
import { FORMATS, FORMAT_BY_ID, parseAny } from '../../core/formats/index';
import { partitionWritable } from '../../core/formats/unwritable';
import type { FormatAnswer, FormatInfo, FormatRequest } from './format-protocol';

function describe(): FormatInfo[] {
  return FORMATS.map((format) => ({
    id: format.id,
    label: format.label,
    fileExtension: format.fileExtension,
    mimeType: format.mimeType,
    canImport: format.parse !== undefined,
    canExport: format.serialize !== undefined,
    forRequest: format.select !== undefined,
  }));
}

function run(request: FormatRequest): FormatAnswer {
  switch (request.kind) {
    case 'formats':
      return { ok: true, result: describe() };
    case 'parse':
      return { ok: true, result: parseAny(request.text, request.options, request.format ?? undefined) };
    case 'serialize': {
      const format = FORMAT_BY_ID[request.format];
      if (!format?.serialize) return { ok: false, problem: words('transferCannotExport', format ? words(format.label) : request.format) };
      const chosen = format.select ? format.select(request.cookies, request.options) : request.cookies;
      const { writable, leftOut } = partitionWritable(chosen, format.cannotCarry);
      return { ok: true, result: { text: format.serialize(writable, request.options), leftOut, count: writable.length } };
    }
  }
}

/** Answers one request of the page; a failure becomes an answer, so the page always hears back. */
export function answer(request: FormatRequest): FormatAnswer {
  try {
    return run(request);
  } catch (error) {
    return { ok: false, problem: words('transferFormatsFailed', messageOf(error)) };
  }
}
