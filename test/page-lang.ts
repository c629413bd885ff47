// The test page names no language, so the browser's (en-US) would choose the US preset: importing this makes
// the tests see the generic checklist unless they ask for a region or a language.
if (!document.documentElement.lang) document.documentElement.lang = 'en';
