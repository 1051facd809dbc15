import type { Messages } from '../translate.ts';

/** The image view: an image's layers, its build, and which layers each node holds. */
export default {
  'image.choose': 'Image',
  'image.option': '{service} {version}: {image}',
  'image.none': 'This run has no container images.',
  'image.built': '{rebuilt} of {layers} layers rebuilt, build {took}, {pushed} pushed',
  'image.layersOnly': '{layers} layers, {size}',
  'image.changed': 'Your change touched: {paths}',
  'image.nothingChanged':
    'Nothing changed since the cached build: every layer comes from the cache.',
  'image.stack': 'Layers of {image}, top first',
  'image.total': 'Image size {size}',
  'image.badge.rebuilt': 'Rebuilt',
  'image.badge.cached': 'Cached',
  'image.cause.cached': 'taken from the build cache',
  'image.cause.inputs': 'its inputs changed',
  'image.cause.instruction': 'its instruction is not in the cache',
  'image.cause.after': 'a layer below it was rebuilt',
  'image.took': 'took {took}',
  'image.nodes': 'Layers on each node at {time}',
  'image.node': 'Node',
  'image.layersHeader': 'Layers, base first',
  'image.toPull': 'Still to pull',
  'image.nothingToPull': 'nothing',
  'image.state.present': 'on disk from the start',
  'image.state.pulled': 'pulled during the run',
  'image.state.pulling': 'being pulled',
  'image.state.missing': 'not on this node',
  'image.cellLabel': '{instruction}: {state}',
  'image.legend': 'Legend',
} satisfies Messages;
