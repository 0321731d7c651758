// The part of datapackage-js (Frictionless, no types of its own) the conformance test uses.
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
