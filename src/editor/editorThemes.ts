/** The editor's two themes, named as Monaco knows them once defined. */
export const EDITOR_THEMES = { light: 'cloudscope-light', dark: 'cloudscope-dark' } as const;

/** A Monaco theme: a built-in base with the site's colours (src/app/theme.css) on top. */
export interface EditorThemeData {
  base: 'vs' | 'vs-dark';
  inherit: true;
  rules: [];
  colors: Record<string, string>;
}

/** The site's palette applied to the editor: background, text, accent (cursor, focus, selection), errors. */
export const EDITOR_THEME_DATA: Record<keyof typeof EDITOR_THEMES, EditorThemeData> = {
  light: {
    base: 'vs',
    inherit: true,
    rules: [],
    colors: {
      'editor.background': '#ffffff',
      'editor.foreground': '#1f2328',
      'editorLineNumber.foreground': '#59636e',
      'editorLineNumber.activeForeground': '#1f2328',
      'editorCursor.foreground': '#0b5cad',
      focusBorder: '#0b5cad',
      'editor.selectionBackground': '#0b5cad33',
      'editor.inactiveSelectionBackground': '#0b5cad1f',
      'editorError.foreground': '#cf222e',
      'editorWarning.foreground': '#9a6700',
      'editorWidget.background': '#f6f8fa',
      'editorWidget.border': '#d0d7de',
      'editorHoverWidget.background': '#f6f8fa',
      'editorHoverWidget.border': '#d0d7de',
      'editorSuggestWidget.background': '#f6f8fa',
      'editorSuggestWidget.border': '#d0d7de',
    },
  },
  dark: {
    base: 'vs-dark',
    inherit: true,
    rules: [],
    colors: {
      'editor.background': '#0d1117',
      'editor.foreground': '#e6edf3',
      'editorLineNumber.foreground': '#9198a1',
      'editorLineNumber.activeForeground': '#e6edf3',
      'editorCursor.foreground': '#4493f8',
      focusBorder: '#4493f8',
      'editor.selectionBackground': '#4493f84d',
      'editor.inactiveSelectionBackground': '#4493f82e',
      'editorError.foreground': '#f85149',
      'editorWarning.foreground': '#d29922',
      'editorWidget.background': '#161b22',
      'editorWidget.border': '#3d444d',
      'editorHoverWidget.background': '#161b22',
      'editorHoverWidget.border': '#3d444d',
      'editorSuggestWidget.background': '#161b22',
      'editorSuggestWidget.border': '#3d444d',
    },
  },
};
