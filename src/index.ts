// The npm entry point: registers <port-checklist> and exports everything a host developer needs.
import './define.js';

export { PortChecklist, type ChecklistProgress } from './port-checklist.js';
export { TAG_NAME } from './define.js';
export type * from './config/types.js';
export type * from './events.js';
export type { ProgressSummary } from './state/progress.js';
export type { StorageAdapter, StoredRecord, StoredPlan } from './state/storage.js';
export { validateConfig, parseConfigJson, CONFIG_LIMITS, type ConfigResult } from './config/validate.js';
export { safeUrl, ALLOWED_URL_SCHEMES } from './config/url.js';
export { defaultConfig } from './content/default-config.js';
