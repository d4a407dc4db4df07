import { FORMATS } from '../../core/formats/index';

/** The formats Crumb can write, as the export's "Format" select lists them. */
export const EXPORT_FORMATS = FORMATS.filter((format) => format.serialize).map(({ id, label }) => ({ id, label }));
