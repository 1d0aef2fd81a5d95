import bidiFactory from "bidi-js";

const bidi = bidiFactory();

/** A stretch of a line in one direction, in the order it is read (logical order). */
export interface Run {
  text: string;
  rightToLeft: boolean;
}

/**
 * A line of the minutes cut into runs of one direction, put in the order they stand on the page
 * (the Unicode Bidirectional Algorithm, rule L2, over runs): a name in Arabic inside a Danish
 * sentence stands where a reader of both expects it. Each run keeps its own characters in reading
 * order, because the font's shaping (joining Arabic letters) needs them so; the PDF's font layout
 * then draws a right-to-left run from the right.
 */
export function visualRuns(line: string): Run[] {
  if (!/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(line)) return [{ text: line, rightToLeft: false }];
  const { levels } = bidi.getEmbeddingLevels(line, "ltr");
  const runs: { text: string; level: number }[] = [];
  for (let i = 0; i < line.length; i++) {
    const level = levels[i] ?? 0;
    const last = runs.at(-1);
    if (last && last.level === level) last.text += line[i];
    else runs.push({ text: line[i] ?? "", level });
  }
  const highest = Math.max(...runs.map((run) => run.level));
  const lowestOdd = Math.min(...runs.map((run) => run.level).filter((level) => level % 2 === 1));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let start = 0; start < runs.length; start++) {
      if ((runs[start]?.level ?? 0) < level) continue;
      let end = start;
      while (end + 1 < runs.length && (runs[end + 1]?.level ?? 0) >= level) end++;
      runs.splice(start, end - start + 1, ...runs.slice(start, end + 1).reverse());
      start = end;
    }
  }
  return runs.map((run) => ({ text: run.text, rightToLeft: run.level % 2 === 1 }));
}

/**
 * A run as PDFKit must be given it. PDFKit cuts a line into words at its spaces and has the font
 * lay out each word on its own, and the font draws an Arabic word from the right *with* the space
 * after it, so the words of a right-to-left run would stand in the wrong order with their spaces
 * on the wrong side. Joined by no-break spaces the run is one word: the font joins its letters and
 * draws all of it from the right, words and spaces where a reader expects them. (A right-to-left
 * run longer than a line is then broken where it must be, not between words.)
 */
export function forLayout(run: Run): string {
  return run.rightToLeft ? run.text.replace(/ /g, "\u00A0") : run.text;
}
