/**
 * The regression guard SpritePal's own notes asked for, built on the TypeScript compiler (types,
 * not text): code outside src/managers must not import a manager class, the session or the lease,
 * and no exported function or public member of src/managers may return a type that reaches one.
 */
import * as path from 'path';
import * as ts from 'typescript';

export interface GuardViolation {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Classes of src/managers that are meant to be used from outside: the lock owner and utilities. */
const PUBLIC_CLASSES = new Set(['ManagerRegistry', 'PreviewCoalescer', 'LeaseExpiredError']);
/** Interfaces of src/managers that hold live state: handed to callbacks, never returned. */
const GUARDED_INTERFACES = new Set(['RomLease']);

export function checkManagerBoundary(program: ts.Program, srcDir: string): GuardViolation[] {
  const checker = program.getTypeChecker();
  const managersDir = path.join(srcDir, 'managers') + path.sep;
  const inManagers = (file: string): boolean => path.resolve(file).startsWith(managersDir);
  const inSrc = (file: string): boolean => path.resolve(file).startsWith(path.resolve(srcDir) + path.sep);
  const violations: GuardViolation[] = [];
  const report = (node: ts.Node, message: string): void => {
    const sf = node.getSourceFile();
    violations.push({ file: path.relative(srcDir, sf.fileName), line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, message });
  };

  const isGuardedDeclaration = (d: ts.Declaration): boolean => {
    if (!inManagers(d.getSourceFile().fileName)) return false;
    if (ts.isClassDeclaration(d)) return !!d.name && !PUBLIC_CLASSES.has(d.name.text);
    if (ts.isInterfaceDeclaration(d)) return GUARDED_INTERFACES.has(d.name.text);
    return false;
  };
  const guardedSymbol = (symbol: ts.Symbol | undefined): string | undefined => {
    if (!symbol) return undefined;
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return target.declarations?.some(isGuardedDeclaration) ? target.getName() : undefined;
  };

  /** The guarded type a type reaches, looking through unions, generics, properties and returns. */
  const reaches = (type: ts.Type, depth: number, seen: Set<ts.Type>): string | undefined => {
    if (depth > 8 || seen.has(type)) return undefined;
    seen.add(type);
    const own = guardedSymbol(type.getSymbol()) ?? guardedSymbol(type.aliasSymbol);
    if (own) return own;
    if (type.isUnionOrIntersection()) {
      for (const t of type.types) {
        const r = reaches(t, depth + 1, seen);
        if (r) return r;
      }
    }
    const declarations = type.getSymbol()?.declarations ?? [];
    // Library and built-in types (Uint8Array, Map, …) cannot hold our classes unless through their
    // type arguments, which are checked below.
    const fromLibrary = declarations.length > 0 && declarations.every((d) => !inSrc(d.getSourceFile().fileName));
    for (const arg of checker.getTypeArguments(type as ts.TypeReference) ?? []) {
      const r = reaches(arg, depth + 1, seen);
      if (r) return r;
    }
    if (fromLibrary) return undefined;
    for (const property of checker.getPropertiesOfType(type)) {
      const decl = property.valueDeclaration ?? property.declarations?.[0];
      if (!decl) continue;
      const modifiers = ts.canHaveModifiers(decl) ? ts.getModifiers(decl) : undefined;
      if (modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)) continue;
      if (property.getName().startsWith('#') || property.getName().startsWith('__#')) continue;
      const r = reaches(checker.getTypeOfSymbolAtLocation(property, decl), depth + 1, seen);
      if (r) return r;
    }
    for (const signature of type.getCallSignatures()) {
      const r = reaches(signature.getReturnType(), depth + 1, seen);
      if (r) return r;
    }
    return undefined;
  };

  const checkReturn = (node: ts.SignatureDeclaration, name: string): void => {
    const signature = checker.getSignatureFromDeclaration(node);
    if (!signature) return;
    const reached = reaches(signature.getReturnType(), 0, new Set());
    if (reached) report(node, `${name} returns a type that exposes ${reached}`);
  };

  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || !inSrc(sf.fileName)) continue;
    if (!inManagers(sf.fileName)) {
      for (const statement of sf.statements) {
        if (!ts.isImportDeclaration(statement) || !statement.importClause) continue;
        const clause = statement.importClause;
        const names: ts.Identifier[] = [];
        if (clause.name) names.push(clause.name);
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) names.push(...bindings.elements.map((e) => e.name));
        if (bindings && ts.isNamespaceImport(bindings)) {
          const moduleSymbol = checker.getSymbolAtLocation(statement.moduleSpecifier);
          for (const exported of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
            const g = guardedSymbol(exported);
            if (g) report(statement, `imports ${g} from src/managers (through a namespace import)`);
          }
        }
        for (const name of names) {
          const g = guardedSymbol(checker.getSymbolAtLocation(name));
          if (g) report(statement, `imports ${g} from src/managers`);
        }
      }
      continue;
    }
    for (const statement of sf.statements) {
      const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) continue;
      if (ts.isFunctionDeclaration(statement) && statement.name) checkReturn(statement, statement.name.text);
      if (ts.isClassDeclaration(statement) && statement.name && PUBLIC_CLASSES.has(statement.name.text)) {
        for (const member of statement.members) {
          if (!(ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member) || ts.isPropertyDeclaration(member))) continue;
          if (!member.name || ts.isPrivateIdentifier(member.name)) continue;
          const modifiers = ts.getModifiers(member);
          if (modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)) continue;
          const name = `${statement.name.text}.${member.name.getText()}`;
          if (ts.isPropertyDeclaration(member)) {
            const reached = reaches(checker.getTypeAtLocation(member), 0, new Set());
            if (reached) report(member, `${name} exposes ${reached}`);
          } else {
            checkReturn(member, name);
          }
        }
      }
    }
  }
  return violations;
}

/** A program over the project, as `tsc -p` sees it. */
export function projectProgram(projectRoot: string): ts.Program {
  const configPath = path.join(projectRoot, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, projectRoot);
  return ts.createProgram(parsed.fileNames, parsed.options);
}

/** A program over files held in memory, for showing that the guard catches what it should. */
export function inMemoryProgram(root: string, files: Record<string, string>): ts.Program {
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, strict: true, noEmit: true, types: [] };
  const host = ts.createCompilerHost(options);
  const full = new Map(Object.entries(files).map(([name, text]) => [path.join(root, name), text]));
  const original = { getSourceFile: host.getSourceFile, fileExists: host.fileExists, readFile: host.readFile };
  host.getSourceFile = (name, language, ...rest) =>
    full.has(name) ? ts.createSourceFile(name, full.get(name)!, language, true) : original.getSourceFile(name, language, ...rest);
  host.fileExists = (name) => full.has(name) || original.fileExists(name);
  host.readFile = (name) => full.get(name) ?? original.readFile(name);
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (dir) => [...full.keys()].some((f) => f.startsWith(dir + path.sep)) || (directoryExists?.(dir) ?? false);
  return ts.createProgram([...full.keys()], options, host);
}
