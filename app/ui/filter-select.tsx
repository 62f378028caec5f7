/**
 * A labelled <select> of a GET filter form; `any` adds an empty first option ("All clusters"). A `disabled` one is
 * not sent with the form; `hint` says beside it why (and is its accessible description).
 */
export function FilterSelect({
  name,
  label,
  value,
  any,
  options,
  disabled = false,
  hint,
}: {
  name: string;
  label: string;
  value: string | number | undefined;
  any?: string;
  options: [string, string][];
  disabled?: boolean;
  hint?: { id: string; text: string };
}) {
  return (
    <label>
      {label}
      <select
        name={name}
        defaultValue={value === undefined ? "" : String(value)}
        disabled={disabled || undefined}
        aria-describedby={hint?.id}
      >
        {any ? <option value="">{any}</option> : null}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      {hint ? (
        <span id={hint.id} className="filters__field-hint">
          {hint.text}
        </span>
      ) : null}
    </label>
  );
}
