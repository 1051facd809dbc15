// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseFolderName, parseLessonPath } from '../../../src/lessons/parseLessonPath.ts';

describe('parseLessonPath', () => {
  it('reads a lesson file', () => {
    expect(parseLessonPath('lessons/01-foundations/02-service-models/index.zh.md')).toEqual({
      kind: 'lesson',
      lang: 'zh',
      part: 'foundations',
      slug: 'service-models',
      order: 2,
      dir: '/lessons/01-foundations/02-service-models',
    });
  });

  it('reads a part file', () => {
    expect(parseLessonPath('lessons/10-microservices/index.md')).toEqual({
      kind: 'part',
      lang: 'en',
      part: 'microservices',
      order: 10,
      dir: '/lessons/10-microservices',
    });
  });

  it.each([
    'lessons/index.md',
    'lessons/01-a/02-b/03-c/index.md',
    'lessons/01-a/02-b/index.fr.md',
    'lessons/01-a/02-b/intro.md',
  ])('rejects %s', (path) => {
    expect(() => parseLessonPath(path)).toThrow(/lesson files are lessons/);
  });

  it('rejects folders without a number prefix or with capitals', () => {
    expect(() => parseLessonPath('lessons/foundations/index.md')).toThrow(
      'the folder "foundations" needs a number prefix',
    );
    expect(() => parseLessonPath('lessons/01-a/02-Service_Models/index.md')).toThrow(
      /"02-Service_Models"/,
    );
  });
});

describe('parseFolderName', () => {
  it('splits the number prefix from the id', () => {
    expect(parseFolderName('02-service-models')).toEqual({ id: 'service-models', order: 2 });
    expect(parseFolderName('service-models')).toBeNull();
  });
});
