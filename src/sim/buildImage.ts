import type { BuildStepSpec, BuiltLayer, ImageBuild, LayerCause } from './worldSpec.ts';

/** A layer of the build cache: the instruction that made it and its identity. */
export interface CachedLayer {
  instruction: string;
  id: string;
}

/** A short, stable hex digest of a text (two FNV-1a passes; an identity, not a checksum). */
function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01234567;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 13);
  }
  return ((a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0'))
    .slice(0, 12)
    .toLowerCase();
}

/** `./src/` → `src`; `.` and `./` → `.`. */
function normalisePath(path: string): string {
  const trimmed = path
    .trim()
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '');
  return trimmed === '' ? '.' : trimmed;
}

function globRegex(glob: string): RegExp {
  const body = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${body}$`);
}

/**
 * Whether a change to `changed` (a file or a folder) touches what a COPY of
 * `source` copies: the same path, a file inside a copied folder, a folder
 * holding a copied file; `.` copies everything; `*` matches within a name.
 */
export function copyTouches(source: string, changed: string): boolean {
  const s = normalisePath(source);
  const c = normalisePath(changed);
  if (s === '.' || c === '.') return true;
  if (s.includes('*')) {
    const re = globRegex(s);
    const parts = c.split('/');
    for (let i = 1; i <= parts.length; i++) if (re.test(parts.slice(0, i).join('/'))) return true;
    return s.startsWith(`${c}/`);
  }
  return c === s || c.startsWith(`${s}/`) || s.startsWith(`${c}/`);
}

/** Whether a step's inputs changed: a copied path was touched, or its base image is new. */
export function stepTouched(step: BuildStepSpec, changed: readonly string[]): boolean {
  if (step.kind === 'run') return false;
  if (step.kind === 'from') return changed.some((c) => c.trim() === step.inputs[0]);
  return step.inputs.some((source) => changed.some((c) => copyTouches(source, c)));
}

function layerId(step: BuildStepSpec, parent: string, context: string, salt: string): string {
  if (step.kind === 'from') {
    // A base image is known by its name (so `preloaded: ['node:20-slim']` works);
    // a newly pulled base of the same name gets a digest.
    return salt ? `${step.inputs[0]}@${digest(`${step.inputs[0]}\n${salt}`)}` : step.inputs[0];
  }
  // Copied files come from this image's own build context; a RUN depends only on what is below it.
  const own = step.kind === 'copy' ? `\n${context}` : '';
  return digest(`${parent}\n${step.instruction}${own}\n${salt}`);
}

/**
 * The layers a cache holds for these steps when they were built before
 * (with nothing changed since): the previous build of the same Dockerfile.
 * `context` names the build context (the image), whose files COPY reads.
 */
export function cachedLayers(steps: readonly BuildStepSpec[], context: string): CachedLayer[] {
  const out: CachedLayer[] = [];
  let parent = '';
  for (const step of steps) {
    const id = layerId(step, parent, context, '');
    out.push({ instruction: step.instruction, id });
    parent = id;
  }
  return out;
}

/**
 * Builds an image the way Docker's build cache does: each step reuses its
 * cached layer until the first step whose instruction differs from the
 * cached one or whose inputs changed (a COPY of a touched path, a FROM of a
 * base image named in `changed`); that step and every step after it are
 * rebuilt, each into a new layer identity (`salt` makes it unique to this
 * build). Cached steps take no time; rebuilt ones take their `takesMs`.
 */
export function buildImage(
  steps: readonly BuildStepSpec[],
  cache: readonly CachedLayer[],
  changed: readonly string[],
  context: string,
  salt: string,
): ImageBuild {
  const layers: BuiltLayer[] = [];
  let missed = false;
  let parent = '';
  for (const [i, step] of steps.entries()) {
    let cause: LayerCause = 'cached';
    if (missed) cause = 'after';
    else if (cache[i]?.instruction !== step.instruction) cause = 'instruction';
    else if (stepTouched(step, changed)) cause = 'inputs';
    missed = cause !== 'cached';
    const id = missed ? layerId(step, parent, context, salt) : cache[i].id;
    layers.push({
      id,
      instruction: step.instruction,
      sizeMiB: step.sizeMiB,
      takesMs: missed ? step.takesMs : 0,
      rebuilt: missed,
      cause,
    });
    parent = id;
  }
  const rebuiltLayers = layers.filter((layer) => layer.rebuilt);
  return {
    steps: steps.map((step) => ({ ...step, inputs: [...step.inputs] })),
    layers,
    changed: [...changed],
    rebuilt: rebuiltLayers.length,
    buildMs: rebuiltLayers.reduce((sum, layer) => sum + layer.takesMs, 0),
    pushedMiB: rebuiltLayers.reduce((sum, layer) => sum + layer.sizeMiB, 0),
  };
}
