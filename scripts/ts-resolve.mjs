/**
 * A Node.js resolve hook for the project's TypeScript, which Vite and Astro resolve without file
 * extensions (`import { x } from './site'`): when Node finds no such file, try `.ts` and
 * `/index.ts`. Registered by scripts/register-ts.mjs for scripts that run build-time modules in
 * plain Node (Node strips the types itself).
 */
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    const relative = /^\.{1,2}\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier);
    if (!relative || (error.code !== 'ERR_MODULE_NOT_FOUND' && error.code !== 'ERR_UNSUPPORTED_DIR_IMPORT')) throw error;
    for (const suffix of ['.ts', '/index.ts']) {
      try {
        return await next(`${specifier}${suffix}`, context);
      } catch {
        // Try the next.
      }
    }
    throw error;
  }
}
