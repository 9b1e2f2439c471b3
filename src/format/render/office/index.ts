/**
 * Word and Excel files of the standard view ('#format/office'): kept out of the main entry point so
 * the admin's bundle does not carry the docx and exceljs libraries.
 */
export { renderDocx } from './docx';
export { renderXlsx } from './xlsx';
