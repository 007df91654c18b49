// Browser mode opened without the access token that `npm run web` prints (or with one from an
// earlier start): the server answers nothing, so instead of an empty workbench full of errors the
// page says, once, which address to open.
import { useId } from 'react';

export function NoAccessScreen() {
  const id = useId();
  return (
    <section className="lock-card" aria-labelledby={id}>
      <h1 id={id}>Open Ladder from the address it printed</h1>
      <p>
        This page has no valid access key, so Ladder keeps your journal closed to it. In the
        terminal where you ran <code>npm run web</code>, open the address Ladder printed: it starts
        with <code>http://127.0.0.1</code> and ends with <code>?token=</code> and a long key.
      </p>
      <p>
        Each start of Ladder prints a new address, so one from an earlier start no longer opens it.
      </p>
    </section>
  );
}
