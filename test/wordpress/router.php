<?php
/**
 * Router for `php -S 127.0.0.1:PORT` serving Debian's WordPress (/usr/share/wordpress) through the test's copy
 * (PC_WP_ROOT: symlinks to every file of it, and the test's own wp-config.php) and its wp-content (PC_WP_CONTENT).
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

if ( 0 === strpos( $pc_path, '/wp-content/' ) ) {
	$pc_file = $pc_content . substr( $pc_path, strlen( '/wp-content' ) );
	if ( ! is_file( $pc_file ) || '.php' === substr( $pc_file, -4 ) ) {
		http_response_code( 404 );
		return true;
	}
	$pc_types = array(
		'js'   => 'text/javascript',
		'json' => 'application/json',
		'css'  => 'text/css',
		'map'  => 'application/json',
		'svg'  => 'image/svg+xml',
		'png'  => 'image/png',
	);
	$pc_ext   = strtolower( pathinfo( $pc_file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( isset( $pc_types[ $pc_ext ] ) ? $pc_types[ $pc_ext ] : 'application/octet-stream' ) );
	readfile( $pc_file );
	return true;
}

$pc_file = ABSPATH . ltrim( $pc_path, '/' );
if ( is_dir( $pc_file ) ) {
	$pc_file = rtrim( $pc_file, '/' ) . '/index.php';
}
if ( is_file( $pc_file ) && '.php' !== substr( $pc_file, -4 ) ) {
	return false;
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
