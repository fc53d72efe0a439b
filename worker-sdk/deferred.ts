// A promise with its resolve/reject exposed and a way to ask whether it has settled.

export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
  settled(): boolean;
}

export function deferred<T>(): Deferred<T> {
  let done = false;
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return {
    promise,
    resolve: (value) => {
      done = true;
      resolve(value);
    },
    reject: (reason) => {
      done = true;
      reject(reason);
    },
    settled: () => done,
  };
}
