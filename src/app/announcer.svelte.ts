/**
 * The page's live region: what a screen reader says when something happens
 * that is not under the reader's focus (a new step, a node going down).
 */
class Announcer {
  message = $state('');
  private count = 0;

  say(text: string): void {
    // Alternate a zero-width space so that saying the same thing twice is still heard.
    this.count++;
    this.message = this.count % 2 ? text : `${text}\u200b`;
  }
}

export const announcer = new Announcer();
