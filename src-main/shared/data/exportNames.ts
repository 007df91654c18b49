// Names of the export, as plain data: the renderer needs them without pulling in zod.
export const EXPORT_FORMAT = 'ladder-export';
export const EXPORT_VERSION = 1;
export const EXPORT_JSON_NAME = 'ladder-export.json';
