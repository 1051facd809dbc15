/**
 * The name under which a lesson keeps a run's compiled scenario: the file,
 * and for a challenge's run its id (its goals replace the file's own).
 */
export function specKey(file: string, challenge: string | null = null): string {
  return challenge === null ? file : `${file}#${challenge}`;
}
