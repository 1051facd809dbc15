// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LessonError } from '../../../src/lessons/lessonError.ts';

describe('LessonError', () => {
  it('names the file and line in its message', () => {
    const error = new LessonError('lessons/01-a/01-b/index.md', 12, 'something is wrong');
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('lessons/01-a/01-b/index.md:12: something is wrong');
    expect([error.file, error.line, error.reason]).toEqual([
      'lessons/01-a/01-b/index.md',
      12,
      'something is wrong',
    ]);
  });
});
