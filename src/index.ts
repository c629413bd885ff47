// The npm entry point: registers <port-checklist> and exports everything a host developer needs.
import './define.js';

export { PortChecklist, type ChecklistProgress } from './port-checklist.js';
export { TAG_NAME } from './define.js';
export type * from './types.js';
export type * from './events.js';
export type { ProgressSummary } from './progress.js';
export { validateConfig, parseConfigJson, CONFIG_LIMITS, type ConfigResult } from './validate.js';
export { safeUrl, ALLOWED_URL_SCHEMES } from './url.js';
export { defaultConfig } from './default-config.js';
