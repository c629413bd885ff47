// Labels that the element and its tools chunk both show: on screen, in the print layout and in the exported
// text. One msg() each, so translators see each once.
import { msg, str } from '@lit/localize';

/** The badge of a critical item. */
export const criticalText = (): string =>
  msg('Critical', { id: 'item.critical', desc: 'Badge on a critical checklist item' });

/** "Note:", before an item's note. */
export const noteLabel = (): string =>
  msg('Note:', {
    id: 'note.prefix',
    desc: 'Label before an item note, on screen and in the exported text',
  });

/** "Rules for: Sweden": the country whose porting rules the checklist follows. */
export const rulesFor = (country: string): string =>
  msg(str`Rules for: ${country}`, {
    id: 'region.rules-for',
    desc: 'Line under the heading naming the country whose porting rules the checklist follows, e.g. "Rules for: Sweden"',
  });

/** "About your port": the setup's name, in its folded line and the export. */
export const setupTitle = (): string =>
  msg('About your port', {
    id: 'setup.title',
    desc: 'Name of the setup questions at the top of the checklist',
  });
