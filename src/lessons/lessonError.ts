/**
 * A mistake in a lesson file, located by file and line: the build stops with
 * `lessons/01-cloud/01-elasticity/index.md:12: views: no view named "graf"`.
 */
export class LessonError extends Error {
  readonly file: string;
  readonly line: number;
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'LessonError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
