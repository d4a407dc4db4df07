/** A parse issue in the reader's language: the page passes its `t`, tests pass `english`. */
import type { Translate } from '../translate';
import { say, words, type Words } from '../words';
import type { ParseIssue, Place } from './types';

export function placeWords(place: Place): Words {
  switch (place.kind) {
    case 'file':
      return words('parse_place_file');
    case 'line':
      return words('parse_place_line', place.line);
    case 'item':
      return place.line === undefined ? words('parse_place_item', place.item) : words('parse_place_item_line', place.item, place.line);
    case 'column':
      return words('parse_place_column', place.line, place.column);
  }
}

export function sayIssue(issue: ParseIssue, t: Translate, language: string): { where: string; message: string } {
  return { where: say(placeWords(issue.where), t, language), message: say(issue.message, t, language) };
}
