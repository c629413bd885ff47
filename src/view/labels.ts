// Labels that the element and its tools chunk both show: on screen, in the print layout and in the exported
// text. One msg() each, so translators see each once.
import { msg } from '@lit/localize';

/** The badge of a critical item. */
export const criticalText = (): string =>
  msg('Critical', { id: 'item.critical', desc: 'Badge on a critical checklist item' });

/** "Note:", before an item's note. */
export const noteLabel = (): string =>
  msg('Note:', {
    id: 'note.prefix',
    desc: 'Label before an item note, on screen and in the exported text',
  });
