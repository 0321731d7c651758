// The parts of the conformance clients that ship no types of their own.

// datapackage-js (Frictionless).
declare module 'datapackage' {
  interface Resource {
    name: string;
    headers: string[] | null;
    read(options: { keyed?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string, options?: { basePath?: string }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    getResource(name: string): Resource | null;
  }
}

// citation-js: the plugins register themselves on import.
declare module '@citation-js/core' {
  export class Cite {
    constructor(input: string);
    data: unknown[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
