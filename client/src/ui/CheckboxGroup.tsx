import { useId } from "react";

interface Props {
  legend: string;
  options: { value: string; label: string }[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
  /** Said instead of the boxes when there is nothing to choose. */
  empty: string;
  describedBy?: string;
}

/** A group of checkboxes under one legend, each label a full touch target. */
export function CheckboxGroup({ legend, options, selected, onChange, empty, describedBy }: Props) {
  const prefix = useId();
  return (
    <fieldset className="checkbox-group" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {options.length === 0 ? <p className="muted">{empty}</p> : null}
      {options.map((option, index) => {
        const id = `${prefix}-${index}`;
        return (
          <div key={option.value} className="field field--checkbox">
            <input
              id={id}
              type="checkbox"
              checked={selected.has(option.value)}
              onChange={(event) => {
                const next = new Set(selected);
                if (event.target.checked) next.add(option.value);
                else next.delete(option.value);
                onChange(next);
              }}
            />
            <label htmlFor={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
