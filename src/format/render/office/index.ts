/**
 * Word, Excel and PDF files of the standard view ('#format/office'): kept out of the main entry
 * point so the admin's bundle does not carry the docx, exceljs and pdfmake libraries.
 */
export { renderDocx } from './docx';
export { renderXlsx } from './xlsx';
export { renderPdf } from './pdf';
