<?php
/**
 * Router for `php -S 127.0.0.1:PORT` serving WordPress (Debian's /usr/share/wordpress, or WordPress 6.5) through
 * the test's copy (PC_WP_ROOT: symlinks to every file of it, and the test's own wp-config.php) and its
 * wp-content (PC_WP_CONTENT). With PC_MULTISITE (a subdirectory network), a site's /SITE/wp-admin/…,
 * /SITE/wp-includes/…, /SITE/wp-content/… and /SITE/….php are the network's files, as the .htaccess rules
 * WordPress gives for such a network make them.
 *
 * @package port-checklist
 */

define( 'ABSPATH', getenv( 'PC_WP_ROOT' ) . '/' );
$pc_content = getenv( 'PC_WP_CONTENT' );
$pc_path    = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );

if ( false !== strpos( $pc_path, '..' ) ) {
	http_response_code( 400 );
	return true;
}

$pc_asked = $pc_path;
if ( getenv( 'PC_MULTISITE' ) ) {
	$pc_path = preg_replace( '#^/(?!wp-(?:admin|includes|content)/)[_0-9a-zA-Z-]+(/wp-(?:content|admin|includes)(?:/.*)?|/[^/]*\.php)$#', '$1', $pc_path );
}

if ( 0 === strpos( $pc_path, '/wp-content/' ) ) {
	$pc_file = $pc_content . substr( $pc_path, strlen( '/wp-content' ) );
	if ( ! is_file( $pc_file ) || '.php' === substr( $pc_file, -4 ) ) {
		http_response_code( 404 );
		return true;
	}
	pc_serve( $pc_file );
	return true;
}

$pc_file = ABSPATH . ltrim( $pc_path, '/' );
if ( is_dir( $pc_file ) ) {
	$pc_file = rtrim( $pc_file, '/' ) . '/index.php';
}
if ( is_file( $pc_file ) && '.php' !== substr( $pc_file, -4 ) ) {
	if ( $pc_path === $pc_asked ) {
		return false;
	}
	pc_serve( $pc_file );
	return true;
}
if ( ! is_file( $pc_file ) ) {
	$pc_file = ABSPATH . 'index.php';
	$pc_path = '/index.php';
}
$_SERVER['SCRIPT_NAME']     = substr( $pc_file, strlen( ABSPATH ) - 1 );
$_SERVER['PHP_SELF']        = $_SERVER['SCRIPT_NAME'];
$_SERVER['SCRIPT_FILENAME'] = $pc_file;
chdir( dirname( $pc_file ) );
require $pc_file;
return true;

/**
 * Sends a static file, with its type.
 *
 * @param string $file The file.
 */
function pc_serve( $file ) {
	$types = array(
		'js'   => 'text/javascript',
		'json' => 'application/json',
		'css'  => 'text/css',
		'map'  => 'application/json',
		'svg'  => 'image/svg+xml',
		'png'  => 'image/png',
	);
	$ext   = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( isset( $types[ $ext ] ) ? $types[ $ext ] : 'application/octet-stream' ) );
	readfile( $file );
}
