<?php
/**
 * Plugin Name:       Porting Checklist
 * Description:       The number-porting checklist as a block and a shortcode, for every editor: no HTML to paste, no CDN.
 * Version:           0.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            CallTracker
 * Author URI:        https://calltracker.dev/
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       port-checklist
 *
 * @package port-checklist
 */

defined( 'ABSPATH' ) || exit;

define( 'PORT_CHECKLIST_VERSION', '0.0.0' );

/** Characters of config JSON the element reads at most (its CONFIG_LIMITS.jsonLength). */
define( 'PORT_CHECKLIST_MAX_JSON', 500000 );

/**
 * The element's options (attributes), generated from its Custom Elements Manifest when the plugin is built.
 *
 * @return array[] Each with name, kind (boolean, enum, number, url or string), values, label and help.
 */
function port_checklist_options() {
	static $options = null;
	if ( null === $options ) {
		$file    = __DIR__ . '/includes/options.php';
		$options = is_readable( $file ) ? require $file : array();
	}
	return $options;
}

/**
 * The option a block attribute or shortcode attribute names, if any (`critical_only` for `critical-only` too).
 *
 * @param string $name Attribute name.
 * @return array|null The option, or null for an unknown name.
 */
function port_checklist_option( $name ) {
	$name = str_replace( '_', '-', strtolower( (string) $name ) );
	foreach ( port_checklist_options() as $option ) {
		if ( $option['name'] === $name ) {
			return $option;
		}
	}
	return null;
}

/**
 * A value made safe for the option, or null to leave the attribute out.
 *
 * @param array $option The option.
 * @param mixed $value  The value given by the block or shortcode.
 * @return string|bool|null
 */
function port_checklist_clean_value( $option, $value ) {
	if ( is_array( $value ) || is_object( $value ) ) {
		return null;
	}
	switch ( $option['kind'] ) {
		case 'boolean':
			$on = true === $value || in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on' ), true );
			return $on ? true : null;
		case 'enum':
			$value = trim( (string) $value );
			return in_array( $value, $option['values'], true ) ? $value : null;
		case 'number':
			return is_numeric( $value ) && $value > 0 ? (string) absint( $value ) : null;
		case 'url':
			$value = trim( (string) $value );
			// http:, https: or relative to the site root; what the element's safeUrl also takes.
			if ( ! preg_match( '#^(https?://|/)#i', $value ) ) {
				return null;
			}
			$url = esc_url( $value, array( 'http', 'https' ) );
			return '' === $url ? null : $url;
		default:
			$value = sanitize_text_field( (string) $value );
			return '' === $value || strlen( $value ) > 200 ? null : $value;
	}
}

/**
 * Undoes what WordPress does to JSON typed into a post: the `<p>`, `</p>` and `<br />` that wpautop puts
 * between its lines (outside JSON strings only), HTML entities and typographic quotes.
 *
 * @param string $text Config JSON as found in the shortcode's content.
 * @return string
 */
function port_checklist_repair_json( $text ) {
	$text      = html_entity_decode( $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	$text      = str_replace( array( "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{2036}" ), '"', $text );
	$text      = str_replace( "\u{00A0}", ' ', $text );
	$out       = '';
	$in_string = false;
	$length    = strlen( $text );
	for ( $i = 0; $i < $length; $i++ ) {
		$c = $text[ $i ];
		if ( $in_string ) {
			if ( '\\' === $c ) {
				$out .= $c . ( $i + 1 < $length ? $text[ $i + 1 ] : '' );
				++$i;
				continue;
			}
			if ( '"' === $c ) {
				$in_string = false;
			}
		} elseif ( '"' === $c ) {
			$in_string = true;
		} elseif ( '<' === $c && preg_match( '#^(?:</?p(?:\s[^<>]*)?>|<br\s*/?>)#i', substr( $text, $i, 40 ), $tag ) ) {
			$i += strlen( $tag[0] ) - 1;
			continue;
		}
		$out .= $c;
	}
	return $out;
}

/**
 * The texts of a parsed config with HTML entities decoded: WordPress's save filters (kses) write `&` as
 * `&amp;` in post content and block attributes for users without unfiltered_html. The element shows texts as
 * text, never as HTML.
 *
 * @param mixed $value A parsed JSON value.
 * @return mixed
 */
function port_checklist_decode_strings( $value ) {
	if ( is_string( $value ) ) {
		return html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	}
	if ( is_array( $value ) || is_object( $value ) ) {
		foreach ( $value as $key => $item ) {
			if ( is_object( $value ) ) {
				$value->$key = port_checklist_decode_strings( $item );
			} else {
				$value[ $key ] = port_checklist_decode_strings( $item );
			}
		}
	}
	return $value;
}

/**
 * The config's `<script type="application/json">`, safe in any page: valid JSON is re-encoded with
 * wp_json_encode (JSON_HEX_TAG and JSON_HEX_AMP keep `</script>`, `<!--` and `&` out); invalid JSON is kept
 * with every `<` escaped, so the element reports the error (config-invalid) and nothing breaks out.
 *
 * @param string $text Config JSON text.
 * @return string The script element, or '' when there is no config.
 */
function port_checklist_config_script( $text ) {
	$text = trim( (string) $text );
	if ( '' === $text ) {
		return '';
	}
	$text  = substr( $text, 0, PORT_CHECKLIST_MAX_JSON + 1 );
	$value = json_decode( $text, false, 64 );
	if ( null === $value && 'null' !== $text ) {
		$text  = port_checklist_repair_json( $text );
		$value = json_decode( $text, false, 64 );
	}
	$flags = JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE;
	$json  = is_object( $value ) ? wp_json_encode( port_checklist_decode_strings( $value ), $flags ) : false;
	if ( false === $json ) {
		$json = str_replace( array( '<', '>', '&' ), array( '\u003C', '\u003E', '\u0026' ), $text );
	}
	return '<script type="application/json">' . $json . '</script>';
}

/**
 * The `<port-checklist>` element for the given options and config, and the bundle enqueued for the page.
 * Unknown options are ignored; every attribute is escaped for its context.
 *
 * @param array  $values      Option name => value.
 * @param string $config_text Config JSON text, or ''.
 * @return string HTML.
 */
function port_checklist_element( $values, $config_text ) {
	port_checklist_enqueue();
	$attributes = '';
	foreach ( (array) $values as $name => $value ) {
		$option = port_checklist_option( $name );
		if ( null === $option ) {
			continue;
		}
		$clean = port_checklist_clean_value( $option, $value );
		if ( true === $clean ) {
			$attributes .= ' ' . esc_attr( $option['name'] );
		} elseif ( null !== $clean ) {
			$attributes .= ' ' . esc_attr( $option['name'] ) . '="' . ( 'url' === $option['kind'] ? $clean : esc_attr( $clean ) ) . '"';
		}
	}
	return '<port-checklist' . $attributes . '>' . port_checklist_config_script( $config_text ) . '</port-checklist>';
}

/**
 * Renders the block (dynamic: nothing but its attributes is saved in the post).
 *
 * @param array $attributes Block attributes.
 * @return string HTML.
 */
function port_checklist_render_block( $attributes ) {
	$config = isset( $attributes['config'] ) && is_string( $attributes['config'] ) ? $attributes['config'] : '';
	unset( $attributes['config'] );
	return '<div ' . get_block_wrapper_attributes() . '>' . port_checklist_element( $attributes, $config ) . '</div>';
}

/**
 * The shortcode: `[port_checklist locale="sv" theme="dark"]{ …config JSON… }[/port_checklist]`, or with
 * `config-src="https://…"`. A bare name (`[port_checklist critical-only]`) turns a boolean option on.
 *
 * @param array|string $atts    Shortcode attributes.
 * @param string|null  $content Shortcode content: the config's JSON.
 * @return string HTML.
 */
function port_checklist_shortcode( $atts, $content = null ) {
	$values = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$values[ (string) $value ] = true;
		} else {
			$values[ $key ] = $value;
		}
	}
	unset( $values['config'] );
	return port_checklist_element( $values, (string) $content );
}

/** Registers the bundle (a script module where WordPress has them), the block and the shortcode. */
function port_checklist_init() {
	$url = plugins_url( 'assets/port-checklist.js', __FILE__ );
	// No "?ver=" (version null): the bundle's chunks import it by its plain URL, and under another URL it
	// would run twice, the second copy left undefined and its translations with it.
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( 'port-checklist', $url, array(), null );
	}
	// The classic form as well: the editor's preview, and WordPress before 6.5.
	wp_register_script( 'port-checklist', $url, array(), null, true );

	$attributes = array(
		'config' => array(
			'type'    => 'string',
			'default' => '',
		),
	);
	foreach ( port_checklist_options() as $option ) {
		$types                         = array(
			'boolean' => 'boolean',
			'number'  => 'number',
		);
		$attributes[ $option['name'] ] = array( 'type' => isset( $types[ $option['kind'] ] ) ? $types[ $option['kind'] ] : 'string' );
	}
	register_block_type(
		__DIR__ . '/block',
		array(
			'attributes'      => $attributes,
			'render_callback' => 'port_checklist_render_block',
		)
	);
	add_shortcode( 'port_checklist', 'port_checklist_shortcode' );
}
add_action( 'init', 'port_checklist_init' );

/** Enqueues the bundle for this page: once, however many checklists it has. */
function port_checklist_enqueue() {
	if ( function_exists( 'wp_enqueue_script_module' ) && ! is_admin() ) {
		wp_enqueue_script_module( 'port-checklist' );
	} else {
		wp_enqueue_script( 'port-checklist' );
	}
}

/**
 * Makes the classic script tag of the bundle a module script.
 *
 * @param string $tag    The script tag.
 * @param string $handle The script's handle.
 * @return string
 */
function port_checklist_module_tag( $tag, $handle ) {
	if ( 'port-checklist' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script\s/', '<script type="module" ', $tag, 1 );
}
add_filter( 'script_loader_tag', 'port_checklist_module_tag', 10, 2 );

/** Gives the block editor the options for its sidebar, and the element for its live preview. */
function port_checklist_editor_assets() {
	$options = array();
	foreach ( port_checklist_options() as $option ) {
		$options[] = array(
			'name'   => $option['name'],
			'kind'   => $option['kind'],
			'values' => $option['values'],
			'label'  => $option['label'],
			'help'   => $option['help'],
		);
	}
	$handle = generate_block_asset_handle( 'port-checklist/checklist', 'editorScript' );
	wp_add_inline_script( $handle, 'window.portChecklistOptions = ' . wp_json_encode( $options, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
	wp_set_script_translations( $handle, 'port-checklist' );
	wp_enqueue_script( 'port-checklist' );
}
add_action( 'enqueue_block_editor_assets', 'port_checklist_editor_assets' );

/**
 * Lets the media library take a config's .json file (for users who may upload files at all).
 *
 * @param array $mimes Extension => MIME type.
 * @return array
 */
function port_checklist_upload_mimes( $mimes ) {
	$mimes['json'] = 'application/json';
	return $mimes;
}
add_filter( 'upload_mimes', 'port_checklist_upload_mimes' );

/**
 * JSON files are often detected as text/plain; accept those that end in .json.
 *
 * @param array  $data     Checked type, extension and file name.
 * @param string $file     Full path to the file.
 * @param string $filename The file's name.
 * @return array
 */
function port_checklist_check_filetype( $data, $file, $filename ) {
	if ( empty( $data['type'] ) && preg_match( '/\.json$/i', (string) $filename ) && function_exists( 'finfo_file' ) ) {
		$finfo = finfo_open( FILEINFO_MIME_TYPE );
		$real  = $finfo ? finfo_file( $finfo, $file ) : false;
		if ( in_array( $real, array( 'application/json', 'text/plain' ), true ) ) {
			$data['ext']  = 'json';
			$data['type'] = 'application/json';
		}
	}
	return $data;
}
add_filter( 'wp_check_filetype_and_ext', 'port_checklist_check_filetype', 10, 3 );

/**
 * The classic editor: the shortcode's JSON keeps its straight quotes (no wptexturize).
 *
 * @param string[] $shortcodes Shortcodes whose content is not texturized.
 * @return string[]
 */
function port_checklist_no_texturize( $shortcodes ) {
	$shortcodes[] = 'port_checklist';
	return $shortcodes;
}
add_filter( 'no_texturize_shortcodes', 'port_checklist_no_texturize' );

/**
 * Declares the element to the classic editor's TinyMCE, so the Visual tab keeps it and its config script.
 *
 * @param array $init TinyMCE settings.
 * @return array
 */
function port_checklist_tinymce( $init ) {
	$names = array();
	foreach ( port_checklist_options() as $option ) {
		$names[] = $option['name'];
	}
	$element = 'port-checklist[' . implode( '|', array_merge( array( 'config' ), $names ) ) . ']';
	$append  = static function ( $key, $value ) use ( &$init ) {
		$init[ $key ] = empty( $init[ $key ] ) ? $value : $init[ $key ] . ',' . $value;
	};
	$append( 'custom_elements', 'port-checklist' );
	$append( 'extended_valid_elements', $element . ',script[type|src|id]' );
	$append( 'valid_children', '+port-checklist[script|p|#text],+body[port-checklist],+div[port-checklist]' );
	return $init;
}
add_filter( 'tiny_mce_before_init', 'port_checklist_tinymce' );
