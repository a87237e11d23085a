/*
 * One table per method family (normalisers, aggregators, imputers, treatments). Each entry holds
 * everything Takar says or does about a method: its parameters, what it needs, the function, its
 * command-line syntax and its description. The zod enums of the pipeline schema, the CLI's flag
 * parsing and `--help`, and the methodology tables in docs/methodology.md are derived from these
 * tables (see CONTRIBUTING.md, "Adding a method").
 */

/**
 * A text in Indonesian and English.
 *
 * @category Score
 */
export interface MethodText {
  readonly id: string;
  readonly en: string;
}

/**
 * One parameter of a method: a field of the method's spec in the pipeline configuration.
 *
 * @category Score
 */
export interface MethodParam {
  /** The spec field (`range`, `p`, `group`, …). */
  readonly field: string;
  /** What it sets, with its default. */
  readonly description: MethodText;
}

/**
 * How a method is written on the command line, e.g. `--normalise minmax:0,100`.
 *
 * @category Score
 */
export interface MethodCli<Spec> {
  /** The syntax shown in `--help` and in error messages: `minmax[:lo,hi]`. */
  readonly syntax: string;
  /** A value the parser accepts, for the documentation and the registry's own test. */
  readonly example: string;
  /**
   * The spec of `<method>[:<arg>]`; `arg` is the text after the first `:`, or `undefined`.
   * Calls `fail` with a message for a bad argument. Without `parse`, the method takes no argument.
   */
  readonly parse?: (arg: string | undefined, fail: (message: string) => never) => Spec;
}

/**
 * The row of a method in docs/methodology.md.
 *
 * @category Score
 */
export interface MethodDoc {
  /** The method cell (markdown): its name and parameters. */
  readonly method: string;
  /** What it computes (markdown). */
  readonly formula: string;
  /** Where it comes from (Handbook step, COINr function). */
  readonly source: string;
}

/**
 * What every method entry has.
 *
 * @category Score
 */
export interface MethodEntry<Spec> {
  /** The method's name in the pipeline configuration (`method`) and on the command line. */
  readonly name: string;
  /** One line on what it does. */
  readonly description: MethodText;
  /** The spec fields it reads. */
  readonly params: readonly MethodParam[];
  /** What it needs from the framework or the data, in words (empty when nothing). */
  readonly needs: readonly MethodText[];
  readonly cli: MethodCli<Spec>;
  readonly doc: MethodDoc;
}

/**
 * `a, b or c`.
 *
 * @category Score
 */
export function orList(items: readonly string[]): string {
  return items.length > 1
    ? `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
    : (items[0] ?? '');
}

/**
 * The set of a family's method names that the pipeline schema checks: the shipped names, plus any
 * a test registered. Kept apart from the tables so that validating a document (in a browser, say)
 * does not load the methods' functions and texts.
 *
 * @internal
 */
export function methodNames(names: readonly string[]): Set<string> {
  return new Set(names);
}

/**
 * The name of a method family, as in the pipeline configuration.
 *
 * @category Score
 */
export type MethodFamilyName = 'normalise' | 'aggregate' | 'impute' | 'treat';

/**
 * The methods of one family, in the order they are listed in the schema, the help and the
 * documentation. Read-only for users: a method is added by adding an entry to its table.
 *
 * @category Score
 */
export class MethodFamily<E extends MethodEntry<unknown>> {
  readonly #entries: Map<string, E>;
  readonly #names: Set<string>;

  /**
   * @param family - the pipeline field (`normalise`)
   * @param what - the family in words, for messages (`normalisation`)
   * @param names - the method names, in order
   * @param table - the entry of each name
   * @param live - the set of names the schema checks (`methodNames`), kept in step
   */
  constructor(
    readonly family: MethodFamilyName,
    readonly what: string,
    names: readonly string[],
    table: Readonly<Record<string, Omit<E, 'name'>>>,
    live: Set<string>,
  ) {
    this.#entries = new Map(names.map((name) => [name, { name, ...table[name] } as E]));
    this.#names = live;
  }

  /** The method names, in table order. */
  names(): string[] {
    return [...this.#entries.keys()];
  }

  /** Whether `name` is a method of this family. */
  has(name: string): boolean {
    return this.#entries.has(name);
  }

  /** The entry of a method, or `undefined`. */
  get(name: string): E | undefined {
    return this.#entries.get(name);
  }

  /** The entries, in table order. */
  entries(): E[] {
    return [...this.#entries.values()];
  }

  /** The methods written without an argument: no parameter is required. */
  withoutArgument(): string[] {
    const fail = (message: string): never => {
      throw new Error(message);
    };
    return this.entries()
      .filter((e) => {
        if (!e.cli.parse) return true;
        try {
          e.cli.parse(undefined, fail);
          return true;
        } catch {
          return false;
        }
      })
      .map((e) => e.name);
  }

  /**
   * Adds a method for the duration of a test and returns the function that removes it again.
   * The shipped methods are in the tables; this exists so that a test can show that the schema,
   * the CLI and the help follow the table.
   *
   * @internal
   */
  register(entry: E): () => void {
    if (this.#entries.has(entry.name))
      throw new Error(`The ${this.what} method "${entry.name}" is already registered.`);
    this.#entries.set(entry.name, entry);
    this.#names.add(entry.name);
    return () => {
      this.#entries.delete(entry.name);
      this.#names.delete(entry.name);
    };
  }
}
