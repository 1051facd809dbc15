import ts from 'typescript';
import { relative, sep } from 'node:path';

/** The generated declarations and the source files they were made from (to watch). */
export interface ApiTypes {
  /** One `.d.ts` text: `declare module 'cloudscope' { ... }`, JSDoc included. */
  dts: string;
  /** Absolute paths of the source files read. */
  files: string[];
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  declaration: true,
  emitDeclarationOnly: true,
  allowImportingTsExtensions: true,
  removeComments: false,
  stripInternal: true,
  skipLibCheck: true,
  types: [],
  lib: ['lib.es2022.d.ts'],
};

/** Modifiers that have no place (or are implied) inside `declare module '...' { }`. */
const DROPPED_MODIFIERS = new Set([
  ts.SyntaxKind.ExportKeyword,
  ts.SyntaxKind.DeclareKeyword,
  ts.SyntaxKind.DefaultKeyword,
]);

const isRelative = (specifier: string) => specifier.startsWith('./') || specifier.startsWith('../');

class ApiTypesError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message} (src/editor/generateApiTypes.ts cannot combine it into one module)`);
  }
}

/** A declaration's text without `export` / `declare` / `default`, its leading comments kept. */
function statementText(statement: ts.Statement, source: ts.SourceFile): string {
  const text = source.text;
  const start = statement.getStart(source);
  let out = text.slice(statement.pos, start);
  let cursor = start;
  const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
  for (const modifier of modifiers) {
    if (!DROPPED_MODIFIERS.has(modifier.kind)) continue;
    out += text.slice(cursor, modifier.getStart(source));
    cursor = modifier.end;
    while (cursor < statement.end && /\s/.test(text[cursor])) cursor++;
  }
  return out + text.slice(cursor, statement.end);
}

/** The top-level names a declaration statement introduces. */
function declaredNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((d) =>
      ts.isIdentifier(d.name) ? [d.name.text] : [],
    );
  }
  const name = (statement as { name?: ts.Node }).name;
  return name && ts.isIdentifier(name) ? [name.text] : [];
}

/**
 * Declarations of the scenario API for the editor, generated from the source
 * (never kept by hand): a declaration-only emit of `entry` and every file it
 * imports, combined into one `declare module '<moduleName>' { ... }`. Imports
 * between those files disappear (everything shares the module's scope), and
 * the module exports exactly what `entry` exports. JSDoc stays: it is the
 * hover help readers see. Throws, naming the file, on anything that cannot be
 * combined safely (a package import, a name declared twice, `export =`).
 */
export function generateApiTypes(entry: string, moduleName = 'cloudscope'): ApiTypes {
  const program = ts.createProgram([entry], COMPILER_OPTIONS);
  const entryFile = program.getSourceFile(entry);
  if (!entryFile) throw new Error(`${entry}: not found`);
  const files = program
    .getSourceFiles()
    .filter((f) => !f.isDeclarationFile && !f.fileName.includes('/node_modules/'));
  const shortName = (file: string) => relative(process.cwd(), file).split(sep).join('/');

  const problems = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (problems.length > 0) {
    const host: ts.FormatDiagnosticsHost = {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => process.cwd(),
      getNewLine: () => '\n',
    };
    throw new Error(
      `the scenario API does not type-check:\n${ts.formatDiagnostics(problems, host)}`,
    );
  }

  const emitted = new Map<string, string>();
  const result = program.emit(
    undefined,
    (fileName, text, _bom, _onError, sources) => {
      for (const source of sources ?? []) emitted.set(source.fileName, text);
    },
    undefined,
    true,
  );
  if (result.emitSkipped) throw new Error(`${entry}: declaration emit failed`);

  // What the entry exports, under which name, and the local name of its declaration.
  const checker = program.getTypeChecker();
  const entrySymbol = checker.getSymbolAtLocation(entryFile);
  if (!entrySymbol) throw new ApiTypesError(shortName(entry), 'is not a module');
  const exportList = checker.getExportsOfModule(entrySymbol).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return target.name === symbol.name ? symbol.name : `${target.name} as ${symbol.name}`;
  });

  const declaredIn = new Map<string, string>();
  const blocks: string[] = [];
  let header = '';
  for (const file of files) {
    const name = shortName(file.fileName);
    const text = emitted.get(file.fileName);
    if (text === undefined) throw new ApiTypesError(name, 'produced no declarations');
    const dts = ts.createSourceFile(`${file.fileName}.d.ts`, text, ts.ScriptTarget.ES2022, true);
    // Interfaces and type aliases are declarations already: their source text is kept as
    // written (declaration emit drops comments on members of one-line object types).
    const written = new Map<string, ts.Statement>();
    for (const statement of file.statements) {
      if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement))
        written.set(statement.name.text, statement);
    }
    const parts: string[] = [];
    for (const statement of dts.statements) {
      if (ts.isImportDeclaration(statement)) {
        const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
        if (!isRelative(specifier))
          throw new ApiTypesError(
            name,
            `imports '${specifier}' (only relative imports can be combined)`,
          );
        const bindings = statement.importClause?.namedBindings;
        const renamed =
          statement.importClause?.name !== undefined ||
          (bindings !== undefined &&
            (ts.isNamespaceImport(bindings) ||
              bindings.elements.some((e) => e.propertyName !== undefined)));
        if (renamed)
          throw new ApiTypesError(
            name,
            `imports '${specifier}' with a default, a namespace or a rename`,
          );
        continue;
      }
      if (ts.isExportDeclaration(statement)) {
        // Re-exports and `export {}`: the combined module's export list replaces them.
        if (file === entryFile && !header)
          header = text.slice(statement.pos, statement.getStart(dts));
        continue;
      }
      if (ts.isExportAssignment(statement))
        throw new ApiTypesError(name, 'has `export =` or `export default`');
      for (const declared of declaredNames(statement)) {
        const other = declaredIn.get(declared);
        if (other !== undefined && other !== name)
          throw new ApiTypesError(name, `declares '${declared}', which ${other} declares too`);
        declaredIn.set(declared, name);
      }
      const original =
        ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)
          ? written.get(statement.name.text)
          : undefined;
      const piece = original ? statementText(original, file) : statementText(statement, dts);
      parts.push(piece.replace(/^\n+/, ''));
    }
    if (parts.length > 0) blocks.push(`// from ${name}\n${parts.join('\n')}`);
  }

  const indent = (s: string) =>
    s
      .split('\n')
      .map((line) => (line.trim() === '' ? '' : `  ${line}`))
      .join('\n');
  const doc = header.trim() ? `${header.trim()}\n` : '';
  const dts =
    `// The scenario API, generated from ${shortName(entry)} by src/editor/generateApiTypes.ts.\n` +
    doc +
    `declare module '${moduleName}' {\n` +
    indent(blocks.join('\n\n')) +
    `\n\n  export { ${exportList.join(', ')} };\n}\n`;
  return { dts, files: files.map((f) => f.fileName) };
}
