/**
 * The `CustomFunctions` global that office.js (associate) and Excel's functions runtime (Error, ErrorCode)
 * provide. Typed here because its typings package is not a dependency; absent outside Excel.
 */
export interface CustomFunctionsApi {
  associate(id: string, fn: (...args: never[]) => unknown): void;
  Error?: new (code: string, message?: string) => Error;
  ErrorCode?: { invalidValue: string; notAvailable: string };
}

export function customFunctionsApi(): CustomFunctionsApi | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsApi }).CustomFunctions;
}
