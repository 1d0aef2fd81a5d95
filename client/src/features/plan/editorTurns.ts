/**
 * Editors are made one per task. Making a TipTap editor (its schema, extensions and view) takes a
 * few milliseconds on a laptop and several times that on a tablet; a plan's ten editors made in
 * one go held her tablet's main thread for a quarter of a second, during which a tap went
 * unanswered (Lighthouse's blocking time, docs/benchmarks.md). One per task keeps each task short;
 * until its turn an item shows its text as the editor will (ItemEditor's stand-in).
 */

type Grant = () => void;

const waiting: Grant[] = [];
let holder: Grant | null = null;
let scheduled = false;

function grantNext(): void {
  scheduled = false;
  if (holder) return;
  const next = waiting.shift();
  if (!next) return;
  holder = next;
  next();
}

function schedule(): void {
  if (scheduled || holder || waiting.length === 0) return;
  scheduled = true;
  // A task of its own, not a microtask: the browser may paint and answer input in between.
  setTimeout(grantNext, 0);
}

/**
 * Queues `grant`, called when it is this editor's turn. The returned `leave` ends the turn (once
 * the editor is on the page) or gives up the place (an item removed before its turn); calling it
 * again does nothing.
 */
export function waitForTurn(grant: Grant): () => void {
  waiting.push(grant);
  schedule();
  return () => {
    const at = waiting.indexOf(grant);
    if (at >= 0) waiting.splice(at, 1);
    if (holder === grant) {
      holder = null;
      schedule();
    }
  };
}
