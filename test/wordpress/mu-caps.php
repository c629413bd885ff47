<?php
/**
 * Test mu-plugin: an administrator flagged pc_test_no_unfiltered_html lacks unfiltered_html, as every
 * administrator but a super admin does on multisite (map_meta_cap adds do_not_allow there); a post flagged
 * pc_test_classic opens in the classic editor (as with the Classic Editor plugin).
 *
 * @package port-checklist
 */

add_filter(
	'map_meta_cap',
	static function ( $caps, $cap, $user_id ) {
		if ( 'unfiltered_html' === $cap && $user_id && get_user_meta( $user_id, 'pc_test_no_unfiltered_html', true ) ) {
			$caps[] = 'do_not_allow';
		}
		return $caps;
	},
	10,
	3
);

add_filter(
	'use_block_editor_for_post',
	static function ( $use, $post ) {
		return get_post_meta( $post->ID, 'pc_test_classic', true ) ? false : $use;
	},
	10,
	2
);

// The control for the Visual-tab test: the classic editor without the plugin's declaration to TinyMCE.
add_action(
	'admin_init',
	static function () {
		if ( isset( $_GET['pc_test_no_declaration'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification
			remove_filter( 'tiny_mce_before_init', 'port_checklist_tinymce' );
		}
	}
);
