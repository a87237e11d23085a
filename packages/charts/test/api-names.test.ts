// The curated public API: no name is exported by two packages' main entries unless it is the
// same thing re-exported (issue 13: `formatNumber`, `median`, `PeerGroup`, `TrendPoint`, `Award`
// and `ImpactRow` used to mean different shapes in different packages).
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const entries = ['core', 'indonesia', 'charts', 'elements', 'cli'].map(
  (p) => [p, `${root}packages/${p}/src/index.ts`] as const,
);

describe('public API names', () => {
  it('are exported by one package each, or re-exported as the same declaration', () => {
    const program = ts.createProgram(
      entries.map(([, f]) => f),
      {
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        customConditions: ['source'],
        target: ts.ScriptTarget.ES2022,
        noEmit: true,
        skipLibCheck: true,
        allowImportingTsExtensions: false,
      },
    );
    const checker = program.getTypeChecker();
    const owners = new Map<string, { pkg: string; decl: string }[]>();
    for (const [pkg, file] of entries) {
      const source = program.getSourceFile(file);
      const mod = source && checker.getSymbolAtLocation(source);
      expect(mod, pkg).toBeDefined();
      for (const sym of checker.getExportsOfModule(mod as ts.Symbol)) {
        const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
        const d = target.declarations?.[0];
        const decl = d ? `${d.getSourceFile().fileName}:${d.pos}` : sym.name;
        const list = owners.get(sym.name) ?? [];
        list.push({ pkg, decl });
        owners.set(sym.name, list);
      }
    }
    const clashes = [...owners]
      .filter(([, list]) => list.length > 1 && new Set(list.map((o) => o.decl)).size > 1)
      .map(([name, list]) => `${name}: ${list.map((o) => o.pkg).join(', ')}`);
    expect(clashes).toEqual([]);
    // The names issue 13 named are each one thing now.
    for (const name of ['formatNumber', 'median', 'PeerGroup', 'TrendPoint', 'Award', 'ImpactRow'])
      expect(new Set((owners.get(name) ?? []).map((o) => o.decl)).size, name).toBeLessThanOrEqual(
        1,
      );
  }, 60_000);
});
