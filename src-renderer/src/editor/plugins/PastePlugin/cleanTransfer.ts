// A read-only stand-in for a clipboard or drag DataTransfer whose HTML has been sanitised. Lexical's own
// import pipeline then runs on it unchanged, so pasting and dropping behave exactly as Lexical intends,
// minus whatever sanitizePaste refuses.
const KEPT_TYPES = ['application/x-lexical-editor', 'text/html', 'text/plain', 'text/uri-list'];

type Sanitize = (html: string) => string;
let sanitize: Sanitize | null = null;
let loading: Promise<Sanitize> | null = null;

/** DOMPurify builds itself as it is imported (milliseconds): that happens after start, before a paste. */
export function loadSanitizer(): Promise<Sanitize> {
  loading ??= import('../../sanitizePaste').then(
    (module) => (sanitize = module.sanitizePaste),
    (error: unknown) => {
      loading = null; // a failed chunk load may succeed on the next paste
      throw error;
    },
  );
  return loading;
}

function snapshot(data: Map<string, string>): DataTransfer {
  const transfer = {
    types: Array.from(data.keys()),
    files: [] as unknown as FileList,
    items: [] as unknown as DataTransferItemList,
    getData: (type: string) => data.get(type) ?? '',
    setData: () => undefined,
    clearData: () => undefined,
  };
  return transfer as unknown as DataTransfer;
}

function cleaned(raw: Map<string, string>, clean: Sanitize): DataTransfer {
  const html = raw.get('text/html');
  const data = new Map(raw);
  if (html !== undefined) data.set('text/html', clean(html));
  return snapshot(data);
}

/**
 * Hands `apply` a sanitised copy of `source`: at once when the sanitiser is loaded, otherwise once it is.
 * The event's data is copied first, since a DataTransfer empties when its event ends.
 */
export function withCleanTransfer(
  source: DataTransfer,
  apply: (transfer: DataTransfer) => void,
): Promise<void> {
  const raw = new Map<string, string>();
  for (const type of KEPT_TYPES) {
    const value = source.getData(type);
    if (value) raw.set(type, value);
  }
  if (sanitize) {
    apply(cleaned(raw, sanitize));
    return Promise.resolve();
  }
  return loadSanitizer().then((clean) => apply(cleaned(raw, clean)));
}

export function hasText(transfer: DataTransfer): boolean {
  return KEPT_TYPES.some((type) => transfer.getData(type) !== '');
}
