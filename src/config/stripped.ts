/**
 * Marks the text the element found in place of its config `<script>` (a sanitizer removed the tag and left
 * the JSON as text) when it hands that text to the validator, which then reports it (`config-invalid`)
 * instead of the bundled checklist showing silently. A NUL cannot start a config's trimmed JSON text.
 */
export const STRIPPED_SCRIPT = '\u0000stripped-script:';
