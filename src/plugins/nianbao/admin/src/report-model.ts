export const REPORT_UID = 'api::annual-report.annual-report';

export const FORMATS: { ext: string; label: string }[] = [
  { ext: 'html', label: '网页' },
  { ext: 'pdf', label: 'PDF' },
  { ext: 'docx', label: 'Word' },
  { ext: 'xlsx', label: 'Excel' },
  { ext: 'csv', label: 'CSV' },
  { ext: 'txt', label: '文本' },
  { ext: 'md', label: 'Markdown' },
  { ext: 'json', label: 'JSON' },
];
