/** Where a date or time field will be, the size it will have, while its code loads. */
export function FieldLoading({ label }: { label: string }) {
  return (
    <div className="field" aria-busy="true">
      <span className="field__label">{label}</span>
      <span className="field-loading" />
    </div>
  );
}
