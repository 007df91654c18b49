// A call held on its way: the test acts meanwhile, then lets it answer or fail.
export interface Gate {
  promise: Promise<void>;
  open: () => void;
  /** The call waiting on the gate fails with this error. */
  fail: (error: Error) => void;
}

export function gate(): Gate {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}
