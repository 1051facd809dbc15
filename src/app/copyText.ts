/**
 * Puts text on the clipboard. True when it got there; false when the browser
 * refused (no permission, an insecure page), and the caller shows the text
 * for the reader to copy by hand instead.
 */
export async function copyText(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
