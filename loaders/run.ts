// How a Framework data loader entry (src/data.tar.ts) runs its body: the output goes to stdout only
// when the body succeeded; a failure is one line on stderr (loaders/errors.ts) and exit code 1, so
// the build fails and nothing half-written is served.
import {reportFailure} from "./errors.js";

export async function runLoader(produce: () => Promise<Uint8Array | string> | Uint8Array | string): Promise<void> {
  let output: Uint8Array | string;
  try {
    output = await produce();
  } catch (error) {
    reportFailure(error);
    process.exitCode = 1;
    return;
  }
  await new Promise<void>((resolve, reject) => {
    process.stdout.write(output, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * A parameterized loader's parameter (Framework passes a route's parameters as `--name=value`), or
 * undefined when it was not passed.
 */
export function loaderParam(name: string, args: readonly string[] = process.argv.slice(2)): string | undefined {
  const flag = `--${name}=`;
  return args.find((a) => a.startsWith(flag))?.slice(flag.length);
}
