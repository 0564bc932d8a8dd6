// What a figure is: a number as written in the text, with its qualifier, unit and parsed value.

/** `date`: a date or year that answers a `wann` question (found when answering, never stored). */
export type FigureKind = 'money' | 'percent' | 'count' | 'date';

export interface Figure {
  /** As written: `rund 2.000 Mitarbeiterinnen und Mitarbeiter`, `fast 1,8 Millionen Euro`. */
  text: string;
  /** The number, multiplier applied; null when the reading is not certain. */
  value: number | null;
  /** `Euro`, `Prozent`, or the counted noun without adjectives (`Server`). */
  unit: string | null;
  qualifier: string | null;
  kind: FigureKind;
  /** Offsets of `text` in its paragraph. */
  start: number;
  end: number;
}
