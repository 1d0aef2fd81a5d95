/** Polite announcements for screen readers. Deliberately not role="status": the page's one status
 * is the connection indicator. */
export function LiveRegion({ message }: { message: string }) {
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
