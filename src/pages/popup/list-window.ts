/** Every row is this tall (`.row` in popup.css): the window arithmetic depends on it. */
export const ROW_HEIGHT = 50;
/** Rows kept beyond each edge of the viewport, so that a short scroll or Tab needs no render. */
const OVERSCAN = 8;

/** The rows in view of a list whose top is `top` pixels below the viewport's, and a margin. */
export function rowsInView(top: number, count: number): [first: number, last: number] {
  const first = Math.max(0, Math.floor(-top / ROW_HEIGHT) - OVERSCAN);
  return [first, Math.min(count, Math.ceil((innerHeight - top) / ROW_HEIGHT) + OVERSCAN)];
}

/** The list's padding that stands for the rows out of the page, so it is as tall as all of them. */
export function windowPadding([first, last]: [number, number], count: number): { paddingTop: string; paddingBottom: string } {
  return { paddingTop: `${first * ROW_HEIGHT}px`, paddingBottom: `${Math.max(0, count - last) * ROW_HEIGHT}px` };
}
