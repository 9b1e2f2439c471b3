/** The downloadable formats of the standard view, in the order the admin offers them, with their names. */
export const VIEW_FORMATS = [
  { ext: 'html', label: '网页' },
  { ext: 'pdf', label: 'PDF' },
  { ext: 'docx', label: 'Word' },
  { ext: 'xlsx', label: 'Excel' },
  { ext: 'csv', label: 'CSV' },
  { ext: 'txt', label: '文本' },
  { ext: 'md', label: 'Markdown' },
  { ext: 'json', label: 'JSON' },
] as const;

export type ViewFormat = (typeof VIEW_FORMATS)[number]['ext'];
