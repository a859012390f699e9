// conf imports ajv (schema validation) and semver (migrations) at load time, but runs them only
// when given a schema or migrations. osce-tui passes neither, so the bundle ships these instead:
// ~360 KB and ~40 ms less at every start. Using a schema or migrations later fails loudly here.
function unavailable(): never {
  throw new Error('conf schema/migrations are not bundled (see src/stubs/conf-validators.ts)');
}

export class Ajv2020 {
  constructor() {
    unavailable();
  }
}

const stub = new Proxy(unavailable, { get: () => unavailable });
export default stub;
