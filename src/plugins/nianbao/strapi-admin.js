// The app's admin build compiles the plugin's TSX source directly (STRAPI-NOTES §2.1).
export { default } from './admin/src';
