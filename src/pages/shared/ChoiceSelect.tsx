/**
 * A labelled select among fixed choices, each shown in words. The label points at the select
 * instead of wrapping it, so the options' text does not become part of its name.
 */
export function ChoiceSelect<T extends string>({
  id,
  label,
  value,
  choices,
  wordsOf,
  onChange,
  class: className = 'field',
}: {
  id: string;
  label: string;
  value: T;
  choices: readonly T[];
  wordsOf: (choice: T) => string;
  onChange: (choice: T) => void;
  class?: string;
}) {
  return (
    <div class={className}>
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value as T)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {wordsOf(choice)}
          </option>
        ))}
      </select>
    </div>
  );
}
