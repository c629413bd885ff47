// Host-page code of the demo: logs every event of every <port-checklist> on the page.
const log = document.getElementById('event-log');
const events = [
  'port-checklist-ready',
  'port-checklist-progress',
  'port-checklist-complete',
  'port-checklist-cta',
  'port-checklist-export',
  'port-checklist-error',
];

for (const type of events) {
  document.addEventListener(type, (event) => {
    const entry = document.createElement('li');
    const name = document.createElement('strong');
    const from = event.target.id || event.target.getAttribute('storage-key') || 'port-checklist';
    name.textContent = `${type} (${from})`;
    const detail = document.createElement('pre');
    detail.textContent = JSON.stringify(event.detail, null, 2);
    entry.append(name, detail);
    log.prepend(entry);
    // The demo keeps visitors on the page: the CTA click is logged instead of followed.
    if (type === 'port-checklist-cta') event.preventDefault();
  });
}

const checklist = document.getElementById('default-checklist');
document.getElementById('api-check').addEventListener('click', () => {
  checklist.setChecked('loa.verify-signer', true);
});
document.getElementById('api-reset').addEventListener('click', () => checklist.reset());
document.getElementById('attr-critical').addEventListener('click', () => {
  checklist.toggleAttribute('critical-only');
});
document.getElementById('log-clear').addEventListener('click', () => log.replaceChildren());

// The widgets follow <html lang> (unless they have a locale attribute): one language per page.
const language = document.getElementById('language');
language.value = document.documentElement.lang || 'en';
language.addEventListener('change', () => {
  document.documentElement.lang = language.value;
});

// The country preset of the bundled checklist: its region attribute, or none to follow the page language.
document.getElementById('region').addEventListener('change', (event) => {
  const checklist = document.getElementById('default-checklist');
  if (event.target.value) checklist.setAttribute('region', event.target.value);
  else checklist.removeAttribute('region');
});
