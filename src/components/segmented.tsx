/** A row of pill-shaped radio buttons: one choice of a few, e.g. a filter. */
export function Segmented<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
}) {
  const { legend, name, options, labels, value, onChange } = props;
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o} className={value === o ? 'segment segment-on' : 'segment'}>
          <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} />
          {labels[o]}
        </label>
      ))}
    </fieldset>
  );
}
