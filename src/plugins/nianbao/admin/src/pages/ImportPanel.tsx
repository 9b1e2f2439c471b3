/**
 * 导入: upload a Word/HTML/text file or paste text, see what was read — the standard view beside
 * the source, every import note and every finding — then save it as a draft to correct in the editor.
 */
import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import type { ImportResponse } from '../../../shared/contracts/imports';
import { REPORT_UID } from '../../../shared/constants';
import { errorMessage, useImportReportMutation } from '../services/api';

const LEVEL = { info: ['提示', '#666687'], warning: ['注意', '#be5d01'], error: ['错误', '#d02b20'] } as const;
const input: React.CSSProperties = { padding: '6px 8px', border: '1px solid #dcdce4', borderRadius: 4, font: 'inherit' };

export function ImportPanel() {
  const [importReport, { isLoading: busy }] = useImportReportMutation();
  const { toggleNotification } = useNotification();
  const [text, setText] = React.useState('');
  const [file, setFile] = React.useState<{ name: string; base64: string } | null>(null);
  const [agency, setAgency] = React.useState('');
  const [year, setYear] = React.useState('');
  const [outcome, setOutcome] = React.useState<ImportResponse['data'] | null>(null);

  const choose = (f: File | undefined) => {
    if (!f) return setFile(null);
    const reader = new FileReader();
    reader.onload = () => setFile({ name: f.name, base64: String(reader.result).split(',')[1] ?? '' });
    reader.readAsDataURL(f);
  };

  const run = async (dryRun: boolean) => {
    const source = file ? { name: file.name, base64: file.base64 } : { text };
    const res = await importReport({ ...source, agency, year, dryRun });
    if ('error' in res) return toggleNotification({ type: 'danger', message: errorMessage(res.error, '导入失败') });
    setOutcome(res.data);
    if (!dryRun) toggleNotification({ type: 'success', message: `已${res.data.action === 'created' ? '新建' : '更新'}草稿` });
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Box background="neutral0" padding={4} hasRadius shadow="tableShadow">
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Typography variant="delta">导入已公开发布的年报</Typography>
          <Typography variant="pi" textColor="neutral600">
            支持 Word（.docx）、网页（.html）和文本（.txt，UTF-8 或 GBK）；也可以直接粘贴网页或文档中复制的全文。同一机关同一年度再次导入会更新原草稿，不会重复。
          </Typography>
          <input type="file" accept=".docx,.html,.htm,.txt" aria-label="选择文件" onChange={(e) => choose(e.target.files?.[0])} />
          <textarea aria-label="粘贴年报全文" value={text} onChange={(e) => setText(e.target.value)} disabled={!!file} placeholder="或在此粘贴年报全文……" rows={8} style={{ ...input, fontFamily: 'monospace' }} />
          <Flex gap={2}>
            <input aria-label="机关名称" placeholder="机关名称（可不填，按标题识别）" value={agency} onChange={(e) => setAgency(e.target.value)} style={{ ...input, flex: 2 }} />
            <input aria-label="年度" placeholder="年度（可不填）" value={year} onChange={(e) => setYear(e.target.value)} style={{ ...input, flex: 1 }} />
          </Flex>
          <Flex gap={2}>
            <Button variant="secondary" loading={busy} disabled={!file && !text.trim()} onClick={() => run(true)}>
              解析（不保存）
            </Button>
            <Button loading={busy} disabled={!file && !text.trim()} onClick={() => run(false)}>
              保存为草稿
            </Button>
          </Flex>
        </Flex>
      </Box>
      {outcome && (
        <Flex gap={4} alignItems="flex-start">
          <Box flex="1" background="neutral0" padding={3} hasRadius shadow="tableShadow" style={{ minWidth: 0 }}>
            <Typography variant="sigma">读到的报告（标准视图）</Typography>
            <iframe title="导入预览" sandbox="" srcDoc={outcome.html} style={{ width: '100%', height: 600, border: 0, marginTop: 8 }} />
          </Box>
          <Box flex="1" background="neutral0" padding={3} hasRadius shadow="tableShadow" style={{ minWidth: 0 }}>
            <Flex direction="column" alignItems="stretch" gap={2}>
              <Typography variant="delta">
                {outcome.report.agencyName ?? '机关未识别'} {outcome.report.year ?? '年度未识别'}
              </Typography>
              {outcome.documentId && (
                <a href={`/admin/content-manager/collection-types/${REPORT_UID}/${outcome.documentId}`}>在编辑器中核对和修改草稿 →</a>
              )}
              <Typography variant="sigma">导入说明（{outcome.notes.length}）</Typography>
              {outcome.notes.map((n, i) => (
                <Typography key={i} variant="pi" tag="div" style={{ color: LEVEL[n.level][1] }}>
                  [{LEVEL[n.level][0]}] {n.ref}：{n.message}
                </Typography>
              ))}
              <Typography variant="sigma">
                校验（错误 {outcome.checks.errors}，警告 {outcome.checks.warnings}）
              </Typography>
              {outcome.checks.findings
                .filter((f) => !f.notAssessable)
                .map((f, i) => (
                  <Typography key={i} variant="pi" tag="div" textColor={f.severity === 'E' ? 'danger600' : f.severity === 'W' ? 'warning600' : 'neutral600'}>
                    {f.rule} {f.message}
                  </Typography>
                ))}
              {file === null && text && (
                <>
                  <Typography variant="sigma">原文</Typography>
                  <pre style={{ whiteSpace: 'pre-wrap', fontSize: 12, maxHeight: 300, overflow: 'auto' }}>{text}</pre>
                </>
              )}
            </Flex>
          </Box>
        </Flex>
      )}
    </Flex>
  );
}
