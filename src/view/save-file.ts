/** Saves `text` as a file named `name` through a temporary download link in the element's shadow root. */
export function saveFile(
  host: { readonly renderRoot: HTMLElement | DocumentFragment },
  name: string,
  type: string,
  text: string,
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  host.renderRoot.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the file after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}
