<?php
/**
 * Dependencies of the block's editor script (WordPress reads this file beside editor.js).
 *
 * @package port-checklist
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
	'version'      => '0.0.0',
);
