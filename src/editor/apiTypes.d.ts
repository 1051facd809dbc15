declare module 'virtual:cloudscope-api-types' {
  /** The `.d.ts` text of the `'cloudscope'` module (see src/editor/apiTypesPlugin.ts). */
  const apiTypes: string;
  export default apiTypes;
}
