/** Small line icons, drawn inline so no icon font or extra request is needed. Always decorative:
 * the button around them carries the name. */
const PATHS = {
  up: "M12 19V5M5 12l7-7 7 7",
  down: "M12 5v14M19 12l-7 7-7-7",
  remove: "M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13",
  add: "M12 5v14M5 12h14",
  undo: "M9 14L4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3",
  redo: "M15 14l5-5-5-5M20 9H9a5 5 0 0 0 0 10h3",
  person: "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0",
  // A raised hand: drawn, since an emoji may be missing from a device's fonts.
  hand: "M18 11V6a2 2 0 0 0-4 0M14 10V4a2 2 0 0 0-4 0v2M10 10.5V6a2 2 0 0 0-4 0v8M18 8a2 2 0 1 1 4 0v6a8 8 0 0 1-8 8h-2c-2.8 0-4.5-.86-6-2.34l-3.6-3.6a2 2 0 0 1 2.83-2.83L7 15",
  // A loudspeaker with sound coming from it, and a square to stop: "Læs op" and "Stop".
  speaker: "M11 5L6 9H2v6h4l5 4V5zM15.5 8.5a5 5 0 0 1 0 7M19 5a10 10 0 0 1 0 14",
  stop: "M7 7h10v10H7z",
  // Three lines with a dot, and with a number, before each: the editor's two kinds of list.
  bulletList: "M10 6h10M10 12h10M10 18h10M5 6h.01M5 12h.01M5 18h.01",
  orderedList: "M10 6h10M10 12h10M10 18h10M4 4h1v4M4 8h2M4 14h2l-2 3h2",
  // A calendar page, and the arrows to the month before and after, for the date picker.
  calendar: "M4 6h16v14H4zM4 10h16M8 3v5M16 3v5",
  previous: "M15 18l-6-6 6-6",
  next: "M9 18l6-6-6-6",
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
