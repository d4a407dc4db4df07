/** A labelled one-line text box with its hint, as the import and export options lay them out. */
export function TextField({
  id,
  label,
  hint,
  placeholder,
  value,
  onValue,
  autocomplete,
}: {
  id: string;
  label: string;
  hint: string;
  placeholder: string;
  value: string;
  onValue: (value: string) => void;
  autocomplete?: 'off';
}) {
  return (
    <div class="field grow">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        spellcheck={false}
        autocomplete={autocomplete}
        placeholder={placeholder}
        aria-describedby={`${id}-hint`}
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
      <span id={`${id}-hint`} class="hint">
        {hint}
      </span>
    </div>
  );
}
