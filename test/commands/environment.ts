/** What a command test pretends about its terminal: stdout a TTY or not, its width, environment variables (undefined unsets one). */
export interface FakeEnvironment {
  isTTY?: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
}

/** Runs `body` with stdout and process.env as described, and puts both back afterwards. */
export async function withEnvironment<T>(settings: FakeEnvironment, body: () => Promise<T>): Promise<T> {
  const savedStdout = { isTTY: process.stdout.isTTY, columns: process.stdout.columns };
  // FORCE_COLOR in the shell that runs the tests would colour what the test says is a pipe.
  const env = { FORCE_COLOR: undefined, ...settings.env };
  const savedEnv = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  const setEnv = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  if (settings.isTTY !== undefined) Object.assign(process.stdout, { isTTY: settings.isTTY, columns: settings.columns });
  setEnv(env);
  try {
    return await body();
  } finally {
    Object.assign(process.stdout, savedStdout);
    setEnv(savedEnv);
  }
}
