import fs from 'fs';
import { reportView, renderHtml, renderText, renderMarkdown, renderCsv } from './src/format';
const ex = JSON.parse(fs.readFileSync('data/examples/yuanzhou-kjj-2023.json', 'utf8'));
const v = reportView({ ...ex.report, agency: ex.agency });
fs.writeFileSync('/tmp/example.html', renderHtml(v));
fs.writeFileSync('/tmp/example.txt', renderText(v));
fs.writeFileSync('/tmp/example.md', renderMarkdown(v));
fs.writeFileSync('/tmp/example.csv', renderCsv(v));
