/** Adds a stylesheet; settles once it applies, or failed to load (the page then works unstyled rather than not at all). */
export function addStylesheet(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const applied = new Promise<void>((resolve) => {
    link.onload = link.onerror = () => resolve();
  });
  document.head.append(link);
  return applied;
}
