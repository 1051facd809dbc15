import { didYouMean } from '../scenario/didYouMean.ts';
import { parseDuration } from '../scenario/units.ts';
import { LessonError } from './lessonError.ts';
import type { YamlBlock } from './parseYamlBlock.ts';

export type DirectiveKind = 'sim' | 'predict' | 'challenge' | 'quiz';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The fields of one directive block (```sim, ```predict, ```challenge, ```quiz), with
 * typed getters that fail at the line of the offending key.
 */
export class DirectiveFields {
  private constructor(
    readonly kind: DirectiveKind,
    readonly data: Record<string, unknown>,
    readonly block: YamlBlock,
    readonly file: string,
    readonly line: number,
  ) {}

  /** Checks that the block is a map of known keys. */
  static read(
    kind: DirectiveKind,
    block: YamlBlock,
    file: string,
    line: number,
    known: readonly string[],
  ): DirectiveFields {
    const value = block.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new LessonError(
        file,
        line,
        `${kind} block: write its settings as "key: value" lines (see docs/authoring.md)`,
      );
    }
    const fields = new DirectiveFields(kind, value as Record<string, unknown>, block, file, line);
    for (const key of Object.keys(fields.data)) {
      if (!known.includes(key)) {
        fields.fail(
          [key],
          `unknown setting "${key}"${didYouMean(key, known)}; known: ${known.join(', ')}`,
        );
      }
    }
    return fields;
  }

  /** The line of a key (or of the block when it is absent). */
  lineOf(path: readonly (string | number)[]): number {
    return this.block.lineOf(path);
  }

  fail(path: readonly (string | number)[], reason: string): never {
    throw new LessonError(this.file, this.lineOf(path), `${this.kind} block: ${reason}`);
  }

  has(key: string): boolean {
    return this.data[key] !== undefined && this.data[key] !== null;
  }

  /** A non-empty string, or null when absent (an error when required). */
  string(key: string, required = false): string | null {
    const value = this.data[key];
    if (value === undefined || value === null) {
      if (required) this.fail([], `"${key}" is required`);
      return null;
    }
    if (typeof value !== 'string' || value.trim() === '')
      this.fail([key], `${key}: write some text`);
    return value;
  }

  /** The block's `id`: required, kebab-case. */
  id(): string {
    const id = this.data.id;
    if (id === undefined || id === null)
      this.fail([], '"id" is required (kebab-case, like "node-dies")');
    if (typeof id !== 'string' || !ID.test(id))
      this.fail(['id'], `id: "${String(id)}" should be kebab-case, like "node-dies"`);
    return id;
  }

  number(key: string, min: number, max: number): number | null {
    const value = this.data[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'number' || !(value >= min && value <= max))
      this.fail([key], `${key}: a number from ${min} to ${max}, got ${JSON.stringify(value)}`);
    return value;
  }

  boolean(key: string): boolean | null {
    const value = this.data[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'boolean')
      this.fail([key], `${key}: true or false, got ${JSON.stringify(value)}`);
    return value;
  }

  /** A duration like `'30s'` or `'1m30s'`, in ms, or null when absent. */
  duration(key: string): number | null {
    const value = this.data[key];
    if (value === undefined || value === null) return null;
    const ms = parseDuration(value);
    if (ms === null)
      this.fail([key], `${key}: a duration like 30s, 2m or 1m30s, got ${JSON.stringify(value)}`);
    return ms;
  }

  /** A list (an error when it is something else), or null when absent. */
  list(key: string): unknown[] | null {
    const value = this.data[key];
    if (value === undefined || value === null) return null;
    if (!Array.isArray(value)) this.fail([key], `${key}: a list ("- item" lines or [a, b])`);
    return value;
  }
}
