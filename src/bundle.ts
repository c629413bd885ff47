// Entry of the script-tag bundle (dist/port-checklist.js): registers <port-checklist> and exports the class.
// The config validator is split into a chunk of its own, loaded only when a page gives a config.
import './define.js';

export { PortChecklist } from './port-checklist.js';
