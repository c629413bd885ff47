<?php
/**
 * The WordPress test's steps, run with PHP's CLI through WordPress's own functions:
 *   php setup.php install            wp_install(); with PC_NETWORK=1 then install_network() and populate_network(),
 *                                    as WordPress's own test suite makes a multisite install (a subdirectory network)
 *   php setup.php plugin ZIP         the plugin installed from its zip as "Upload Plugin" does, then activated
 *                                    (network-wide on multisite)
 *   php setup.php users              one user per role (and an administrator without unfiltered_html)
 *   php setup.php site PATH          multisite: a site at PATH with its own Administrator (site-admin), the super
 *                                    admin added to it as Administrator too
 *   php setup.php enqueue ID         what the front end enqueues for a post: the script module or the script
 *   php setup.php posts SPEC.json    each post saved by wp_insert_post() as its user: the save filters run
 *   php setup.php media FILE         a config file added to the media library
 *   php setup.php cookies LOGIN      login cookies for a user, for the editor tests in Chromium
 *   php setup.php content ID         a post's saved content
 *   php setup.php directory FILE     what the plugin directory reads from an installed plugin (directory.php)
 * Prints JSON. Environment: PC_WP_ROOT (the test's WordPress copy), PC_SITE_URL, PC_SITE_PATH (on multisite,
 * the site the step works on, as a request to that path would: '/' when unset).
 *
 * @package port-checklist
 */

// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals -- a test script, not part of the plugin.
$step = isset( $argv[1] ) ? $argv[1] : '';
$arg  = isset( $argv[2] ) ? $argv[2] : '';

$url                    = pc_host( getenv( 'PC_SITE_URL' ) );
$_SERVER['HTTP_HOST']   = $url;
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = getenv( 'PC_SITE_PATH' ) ? getenv( 'PC_SITE_PATH' ) : '/';
define( 'ABSPATH', getenv( 'PC_WP_ROOT' ) . '/' );
if ( 'install' === $step ) {
	define( 'WP_INSTALLING', true );
}

/**
 * Host and port of a URL.
 *
 * @param string $site The site URL.
 * @return string
 */
function pc_host( $site ) {
	return preg_replace( '#^https?://([^/]+).*$#', '$1', $site );
}

require ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

/**
 * Prints the step's result and stops.
 *
 * @param mixed $value The result.
 */
function done( $value ) {
	echo wp_json_encode( $value, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES );
	exit( 0 );
}

/**
 * Fails the step.
 *
 * @param string $message What went wrong.
 */
function fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

switch ( $step ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		if ( getenv( 'PC_NETWORK' ) ) {
			// As tests/phpunit/includes/install.php of wordpress-develop does for a multisite install: the network's
			// tables named before WordPress is installed (wpdb names them only on multisite), then the network
			// installed and populated after it; wp-config.php gets the multisite constants after this step.
			foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed_table ) {
				$wpdb->$table = $prefixed_table;
			}
		}
		$result = wp_install( 'Porting checklist test', 'admin', 'admin@example.test', false, '', wp_generate_password( 24 ) );
		update_option( 'permalink_structure', '' );
		if ( getenv( 'PC_NETWORK' ) ) {
			define( 'WP_INSTALLING_NETWORK', true );
			install_network();
			$network = populate_network( 1, pc_host( getenv( 'PC_SITE_URL' ) ), 'admin@example.test', 'Porting checklist network', '/', false );
			if ( is_wp_error( $network ) ) {
				fail( 'populate_network: ' . $network->get_error_message() );
			}
			$GLOBALS['wp_rewrite']->set_permalink_structure( '' );
		}
		done( array( 'user_id' => $result['user_id'] ) );
		break;

	case 'plugin':
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		wp_set_current_user( 1 );
		$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
		$result   = $upgrader->install( $arg );
		if ( true !== $result ) {
			fail( 'plugin install failed: ' . ( is_wp_error( $result ) ? $result->get_error_message() : wp_json_encode( $upgrader->skin->get_upgrade_messages() ) ) );
		}
		$file      = $upgrader->plugin_info();
		$activated = activate_plugin( $file, '', is_multisite() );
		if ( is_wp_error( $activated ) ) {
			fail( 'activation failed: ' . $activated->get_error_message() );
		}
		$data = get_plugin_data( WP_PLUGIN_DIR . '/' . $file, false, false );
		done(
			array(
				'file'    => $file,
				'name'    => $data['Name'],
				'version' => $data['Version'],
				'domain'  => $data['TextDomain'],
				'network' => is_multisite() && is_plugin_active_for_network( $file ),
			)
		);
		break;

	case 'site':
		if ( ! is_multisite() ) {
			fail( 'not a multisite install' );
		}
		wp_set_current_user( 1 );
		$admin = wp_insert_user(
			array(
				'user_login' => 'site-admin',
				'user_pass'  => wp_generate_password( 24 ),
				'user_email' => 'site-admin@example.test',
			)
		);
		if ( is_wp_error( $admin ) ) {
			fail( $admin->get_error_message() );
		}
		$blog = wpmu_create_blog( get_network()->domain, $arg, 'Porting checklist site', $admin, array( 'public' => 1 ) );
		if ( is_wp_error( $blog ) ) {
			fail( 'wpmu_create_blog: ' . $blog->get_error_message() );
		}
		add_user_to_blog( $blog, 1, 'administrator' );
		switch_to_blog( $blog );
		update_option( 'permalink_structure', '' );
		$roles = array();
		$caps  = array();
		foreach ( array(
			'administrator' => 1,
			'site-admin'    => $admin,
		) as $name => $id ) {
			$roles[ $name ] = get_userdata( $id )->roles;
			$caps[ $name ]  = array(
				'super_admin'     => is_super_admin( $id ),
				'unfiltered_html' => user_can( $id, 'unfiltered_html' ),
				'edit_posts'      => user_can( $id, 'edit_posts' ),
				'manage_options'  => user_can( $id, 'manage_options' ),
			);
		}
		done(
			array(
				'blog_id'  => $blog,
				'url'      => home_url( '/' ),
				'sites'    => count( get_sites() ),
				'plugin'   => is_plugin_active( 'port-checklist/port-checklist.php' ),
				'roles'    => $roles,
				'caps'     => $caps,
				'wp_roles' => array_keys( wp_roles()->roles ),
			)
		);
		break;

	case 'enqueue':
		// The post's content as the front end renders it (the_content: blocks and shortcodes), then what WordPress
		// was asked to load: its script-module registry (WordPress 6.5 and later) and its classic scripts.
		$GLOBALS['post'] = get_post( (int) $arg );
		setup_postdata( $GLOBALS['post'] );
		$html = apply_filters( 'the_content', $GLOBALS['post']->post_content );
		$out  = array(
			'elements'          => substr_count( $html, '<port-checklist' ),
			'script_module_api' => function_exists( 'wp_script_modules' ),
			'module'            => null,
			'module_printed'    => '',
			'script_registered' => wp_script_is( 'port-checklist', 'registered' ),
			'script_enqueued'   => wp_script_is( 'port-checklist', 'enqueued' ),
			'script_printed'    => '',
		);
		if ( $out['script_module_api'] ) {
			// WP_Script_Modules keeps its registry private; what it prints is public (print_import_map and
			// print_enqueued_script_modules are what wp_head or wp_footer call).
			$registry = new ReflectionProperty( 'WP_Script_Modules', 'registered' );
			$registry->setAccessible( true );
			$modules       = $registry->getValue( wp_script_modules() );
			$out['module'] = isset( $modules['port-checklist'] ) ? $modules['port-checklist'] : null;
			ob_start();
			wp_script_modules()->print_import_map();
			wp_script_modules()->print_enqueued_script_modules();
			$out['module_printed'] = ob_get_clean();
		}
		if ( $out['script_enqueued'] ) {
			ob_start();
			wp_print_scripts( array( 'port-checklist' ) );
			$out['script_printed'] = ob_get_clean();
		}
		done( $out );
		break;

	case 'users':
		$ids = array( 'administrator' => 1 );
		foreach ( array( 'editor', 'author', 'contributor', 'multisite-admin' ) as $name ) {
			$id = wp_insert_user(
				array(
					'user_login' => $name,
					'user_pass'  => wp_generate_password( 24 ),
					'user_email' => $name . '@example.test',
					'role'       => 'multisite-admin' === $name ? 'administrator' : $name,
				)
			);
			if ( is_wp_error( $id ) ) {
				fail( $id->get_error_message() );
			}
			$ids[ $name ] = $id;
		}
		// On multisite, only super admins have unfiltered_html (map_meta_cap); the mu-plugin does the same here.
		update_user_meta( $ids['multisite-admin'], 'pc_test_no_unfiltered_html', 1 );
		$caps = array();
		foreach ( $ids as $name => $id ) {
			$caps[ $name ] = user_can( $id, 'unfiltered_html' );
		}
		done(
			array(
				'ids'             => $ids,
				'unfiltered_html' => $caps,
			)
		);
		break;

	case 'media':
		wp_set_current_user( 1 );
		$copy = wp_tempnam( 'checklist.json' );
		copy( $arg, $copy );
		$id = media_handle_sideload(
			array(
				'name'     => 'checklist.json',
				'tmp_name' => $copy,
			),
			0
		);
		if ( is_wp_error( $id ) ) {
			fail( 'media library refused the .json file: ' . $id->get_error_message() );
		}
		done(
			array(
				'id'   => $id,
				'url'  => wp_get_attachment_url( $id ),
				'mime' => get_post_mime_type( $id ),
			)
		);
		break;

	case 'posts':
		$spec   = json_decode( file_get_contents( $arg ), true );
		$users  = get_users( array( 'fields' => array( 'ID', 'user_login' ) ) );
		$logins = array();
		foreach ( $users as $user ) {
			$logins[ 'admin' === $user->user_login ? 'administrator' : $user->user_login ] = (int) $user->ID;
		}
		$out = array();
		foreach ( $spec as $post ) {
			// As WordPress does on every request: kses_init() runs on set_current_user and adds the save filters
			// for a user without unfiltered_html.
			wp_set_current_user( $logins[ $post['role'] ] );
			$id = wp_insert_post(
				array(
					'post_title'   => $post['title'],
					'post_content' => wp_slash( $post['content'] ),
					'post_status'  => 'publish',
					'post_type'    => 'post',
				),
				true
			);
			if ( is_wp_error( $id ) ) {
				fail( $id->get_error_message() );
			}
			if ( ! empty( $post['classic'] ) ) {
				update_post_meta( $id, 'pc_test_classic', 1 );
			}
			$out[ $post['key'] ] = array(
				'id'            => $id,
				'url'           => get_permalink( $id ),
				'saved'         => get_post_field( 'post_content', $id, 'raw' ),
				'kses'          => false !== has_filter( 'content_save_pre', 'wp_filter_post_kses' ),
				'unfiltered'    => current_user_can( 'unfiltered_html' ),
				'posted_as'     => wp_get_current_user()->user_login,
			);
		}
		done( $out );
		break;

	case 'cookies':
		$user    = get_user_by( 'login', $arg );
		$expires = time() + HOUR_IN_SECONDS;
		done(
			array(
				array(
					'name'  => AUTH_COOKIE,
					'value' => wp_generate_auth_cookie( $user->ID, $expires, 'auth' ),
				),
				array(
					'name'  => LOGGED_IN_COOKIE,
					'value' => wp_generate_auth_cookie( $user->ID, $expires, 'logged_in' ),
				),
			)
		);
		break;

	case 'content':
		done( get_post_field( 'post_content', (int) $arg, 'raw' ) );
		break;

	case 'directory':
		done( require __DIR__ . '/directory.php' );
		break;

	default:
		fail( "unknown step $step" );
}
