/** What went wrong, announced as it appears; nothing when nothing did. */
export function Alert({ text }: { text: string | null }) {
  return text ? (
    <p class="alert" role="alert">
      {text}
    </p>
  ) : null;
}
