/** 预览: the saved draft rendered in the standard view, with a download for every format. */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { REPORT_UID } from '../../../shared/constants';
import { VIEW_FORMATS } from '../../../shared/contracts/formats';
import { errorMessage, useDownload, usePreviewQuery } from '../services/api';

function Preview({ documentId, version }: { documentId: string; version: string }) {
  const { data: html, error } = usePreviewQuery({ documentId, version });

  const save = useDownload();
  const download = (ext: string) => save(`/nianbao/preview/${documentId}.${ext}?status=draft`, `年报草稿.${ext}`);

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Typography variant="pi" textColor="neutral600">
        显示已保存的草稿；修改后请先保存再预览。
      </Typography>
      {error ? (
        <Typography textColor="danger600">预览加载失败：{errorMessage(error, '请先保存')}</Typography>
      ) : (
        <Box borderColor="neutral200" hasRadius style={{ overflow: 'hidden' }}>
          <iframe title="年报预览" sandbox="" srcDoc={html ?? '<p style="font-family:sans-serif">加载中…</p>'} style={{ width: '100%', height: 420, border: 0 }} />
        </Box>
      )}
      <Flex wrap="wrap" gap={1}>
        {VIEW_FORMATS.map((f) => (
          <Button key={f.ext} size="S" variant="tertiary" onClick={() => download(f.ext)}>
            {f.label}
          </Button>
        ))}
      </Flex>
    </Flex>
  );
}

export const PreviewPanel = ({ model, documentId, document }: { model: string; documentId?: string; document?: { updatedAt?: string } }) => {
  const { formatMessage } = useIntl();
  if (model !== REPORT_UID || !documentId) return null;
  return { title: formatMessage({ id: 'nianbao.panel.preview', defaultMessage: '预览' }), content: <Preview documentId={documentId} version={document?.updatedAt ?? ''} /> };
};
