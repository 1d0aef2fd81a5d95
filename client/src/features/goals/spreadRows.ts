/**
 * Rows for markers on a 0–10 line, so labels of values close together do not cover each other:
 * each marker goes in the first row where the nearest marker is at least `gap` steps away.
 * Returns the row of each input, in input order.
 */
export function spreadRows(values: number[], gap = 2): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value || a.index - b.index);
  const lastInRow: number[] = [];
  const rows = new Array<number>(values.length).fill(0);
  for (const { value, index } of order) {
    let row = lastInRow.findIndex((last) => value - last >= gap);
    if (row === -1) {
      row = lastInRow.length;
      lastInRow.push(value);
    } else {
      lastInRow[row] = value;
    }
    rows[index] = row;
  }
  return rows;
}
