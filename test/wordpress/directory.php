<?php
/**
 * What the WordPress.org plugin directory reads from the installed plugin (`php setup.php directory`), for the
 * checks in run.mjs:
 *  - readme.txt through the directory's own readme parser and readme validator (vendor/plugin-directory/,
 *    copied unchanged from WordPress/wordpress.org);
 *  - the main file's header through WordPress's get_plugin_data(), as the directory's upload handler reads it
 *    (Import::find_plugin_headers()), and through get_file_data() for the raw fields (get_plugin_data() fills
 *    a missing Text Domain with the folder's name);
 *  - the slug the upload handler would give the plugin's name (Upload_Handler::generate_plugin_slug()) and
 *    the directory's trademark check of the name.
 * WordPress is loaded by setup.php. Returns the facts; run.mjs judges them.
 *
 * @package port-checklist
 */

// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals -- a test script, not part of the plugin.
use WordPressdotorg\Plugin_Directory\Readme\Parser;
use WordPressdotorg\Plugin_Directory\Readme\Validator;
use WordPressdotorg\Plugin_Directory\Trademarks;

require_once __DIR__ . '/vendor/plugin-directory/readme/class-parser.php';
require_once __DIR__ . '/vendor/plugin-directory/readme/class-validator.php';
require_once __DIR__ . '/vendor/plugin-directory/class-trademarks.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$plugin_file = WP_PLUGIN_DIR . '/' . $arg;
$folder      = dirname( $plugin_file );
$readme_file = $folder . '/readme.txt';
if ( ! is_readable( $plugin_file ) || ! is_readable( $readme_file ) ) {
	fail( "no $plugin_file or no readme.txt beside it" );
}
$readme_text = file_get_contents( $readme_file );

// The parser, as the upload handler and Plugin Check run it.
$readme = new Parser( $readme_file );

// The validator, as https://wordpress.org/plugins/developers/readme-validator/ runs it (codes, not messages).
$validation = Validator::instance()->validate( $readme_text );

// The header, read as the directory reads it: get_plugin_data() with License and License URI added (the
// directory adds its own extra headers the same way).
$extra = function ( $headers ) {
	return array_merge( $headers, array( 'License', 'License URI' ) );
};
add_filter( 'extra_plugin_headers', $extra );
$header = get_plugin_data( $plugin_file, false, false );
remove_filter( 'extra_plugin_headers', $extra );
$raw = get_file_data(
	$plugin_file,
	array(
		'Name'        => 'Plugin Name',
		'Version'     => 'Version',
		'Description' => 'Description',
		'TextDomain'  => 'Text Domain',
		'RequiresWP'  => 'Requires at least',
		'RequiresPHP' => 'Requires PHP',
		'License'     => 'License',
		'LicenseURI'  => 'License URI',
	)
);

// Upload_Handler::generate_plugin_slug(), as the directory turns a new plugin's name into its slug.
$directory_slug = remove_accents( $header['Name'] );
$directory_slug = preg_replace( '/[^a-z0-9 _.-]/i', '', $directory_slug );
$directory_slug = sanitize_title_with_dashes( str_replace( '_', '-', $directory_slug ) );

// The readme's raw Contributors line (the parser keeps only names it finds as users of this site).
preg_match( '/^Contributors\s?:(.*?)$/mi', $readme_text, $contributors );

// The changelog section as written (the parser turns it into HTML only when its Markdown class is loaded).
$changelog = isset( $readme->sections['changelog'] ) ? $readme->sections['changelog'] : '';

return array(
	'wp_version'     => get_bloginfo( 'version' ),
	'slug'           => basename( $folder ),
	'directory_slug' => $directory_slug,
	'trademarks'     => Trademarks::check( $header['Name'] ),
	'readme'         => array(
		'name'              => $readme->name,
		'short_description' => html_entity_decode( $readme->short_description, ENT_QUOTES, 'UTF-8' ),
		'tags'              => array_values( $readme->tags ),
		'requires'          => $readme->requires,
		'tested'            => $readme->tested,
		'requires_php'      => $readme->requires_php,
		'stable_tag'        => $readme->stable_tag,
		'license'           => $readme->license,
		'license_uri'       => $readme->license_uri,
		'license_valid'     => $readme->license ? $readme->validate_license( $readme->license ) : false,
		'contributors'      => $contributors ? array_map( 'trim', explode( ',', $contributors[1] ) ) : array(),
		'sections'          => array_keys( $readme->sections ),
		'faq'               => array_keys( $readme->faq ),
		'changelog'         => $changelog,
		'warnings'          => $readme->warnings,
	),
	'validator'      => $validation,
	'header'         => array(
		'Name'        => $header['Name'],
		'Version'     => $header['Version'],
		'Description' => $header['Description'],
		'TextDomain'  => $header['TextDomain'],
		'RequiresWP'  => $header['RequiresWP'],
		'RequiresPHP' => $header['RequiresPHP'],
		'PluginURI'   => $header['PluginURI'],
		'AuthorURI'   => $header['AuthorURI'],
		'UpdateURI'   => $header['UpdateURI'],
		'License'     => $header['License'],
		'LicenseURI'  => $header['License URI'],
		'license_ok'  => $header['License'] ? ( new Parser() )->validate_license( $header['License'] ) : false,
	),
	'raw_header'     => $raw,
);
