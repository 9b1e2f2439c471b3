/**
 * 审核与发布: the report's stage with the actions the user may take, the history of transitions,
 * the 定时发布 jobs with their outcomes, and the published versions.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { useNotification } from '@strapi/strapi/admin';
import { Button, Flex, Typography } from '@strapi/design-system';
import { REPORT_UID } from '../../../shared/constants';
import { ACTION_LABELS, type WorkflowAction } from '../../../shared/transitions';
import type { PublishJob } from '../../../shared/contracts/workflow';
import { usePluginPermissions } from '../hooks/usePluginPermissions';
import { errorMessage, useCancelJobMutation, useJobsQuery, useScheduleMutation, useTransitionMutation, useWorkflowQuery } from '../services/api';

const JOB_STATES: Record<PublishJob['state'], string> = { pending: '等待执行', running: '执行中', done: '已完成', refused: '被拒绝', failed: '失败', cancelled: '已取消' };
const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' });
const input: React.CSSProperties = { padding: '4px 6px', border: '1px solid #dcdce4', borderRadius: 4, font: 'inherit', minWidth: 0 };

function Review({ documentId, version }: { documentId: string; version: string }) {
  const { toggleNotification } = useNotification();
  const { data: status, error } = useWorkflowQuery({ documentId, version });
  const { data: jobs = [] } = useJobsQuery(documentId);
  const [transition] = useTransitionMutation();
  const [scheduleJob] = useScheduleMutation();
  const [cancelJob] = useCancelJobMutation();
  const [comment, setComment] = React.useState('');
  const [at, setAt] = React.useState('');
  // 审核通过/退回修改 and 定时发布 only for whoever holds those permissions; the server checks them too.
  const { holds } = usePluginPermissions();

  /** The outcome of a call: a notice in Chinese when it failed, true when it went through. */
  const done = (result: { data: unknown } | { error: unknown }) => {
    if ('error' in result) toggleNotification({ type: 'danger', message: errorMessage(result.error) });
    return !('error' in result);
  };

  const act = async (action: WorkflowAction) => {
    if (done(await transition({ documentId, action, comment }))) setComment('');
  };

  const schedule = async () => {
    const result = await scheduleJob({ documentId, executeAt: at.replace('T', ' '), action: 'publish' });
    if (done(result) && 'data' in result) {
      toggleNotification({ type: result.data.warning ? 'warning' : 'success', message: result.data.warning ?? '已定时发布' });
    }
  };

  if (error) return <Typography variant="pi" textColor="danger600">审核状态加载失败：{errorMessage(error, '请稍后刷新')}</Typography>;
  if (!status) return <Typography variant="pi">加载中…</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Typography>
        当前状态：<b data-stage={status.stage}>{status.stageLabel}</b>
      </Typography>
      <input aria-label="审核意见" placeholder="意见（退回修改时必填）" value={comment} onChange={(e) => setComment(e.target.value)} style={input} />
      <Flex gap={1} wrap="wrap">
        {status.stage === 'draft' && (
          <Button size="S" onClick={() => act('submit')}>
            提交审核
          </Button>
        )}
        {status.stage === 'submitted' && holds.review && (
          <Button size="S" onClick={() => act('approve')}>
            审核通过
          </Button>
        )}
        {status.stage !== 'draft' && holds.review && (
          <Button size="S" variant="danger-light" onClick={() => act('return')}>
            退回修改
          </Button>
        )}
      </Flex>
      {status.stage === 'approved' && holds.schedule && (
        <Flex gap={1}>
          <input aria-label="定时发布时间（北京时间）" type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} style={{ ...input, flex: 1 }} />
          <Button size="S" variant="secondary" disabled={!at} onClick={schedule}>
            定时发布
          </Button>
        </Flex>
      )}
      {jobs.length > 0 && (
        <>
          <Typography variant="sigma">定时任务</Typography>
          {jobs.map((j) => (
            <Typography key={j.id} variant="pi" tag="div">
              {when(j.executeAt)} {j.action === 'publish' ? '发布' : '撤回'}：{JOB_STATES[j.state]}
              {j.lastError ? `（${j.lastError.slice(0, 60)}）` : ''}
              {j.state === 'pending' && holds.schedule && (
                <button type="button" onClick={async () => done(await cancelJob({ documentId, id: j.id }))} style={{ marginLeft: 6, border: 0, background: 'none', color: '#4945ff', cursor: 'pointer' }}>
                  取消
                </button>
              )}
            </Typography>
          ))}
        </>
      )}
      {status.history.length > 0 && <Typography variant="sigma">审核记录</Typography>}
      {[...status.history].reverse().map((h, i) => (
        <Typography key={i} variant="pi" tag="div" textColor="neutral700">
          {when(h.at)} {h.by} {ACTION_LABELS[h.action]}
          {h.comment ? `：${h.comment}` : ''}
        </Typography>
      ))}
      {status.publications.length > 0 && <Typography variant="sigma">发布版本</Typography>}
      {status.publications.map((p) => (
        <Typography key={p.version} variant="pi" tag="div">
          <a href={`/api/nianbao/reports/${documentId}/versions/${p.version}.html`} target="_blank" rel="noreferrer">
            第{p.version}版
          </a>{' '}
          {when(p.publicationTime)}
          {p.correctionNote ? ` 更正说明：${p.correctionNote}` : ''}
        </Typography>
      ))}
    </Flex>
  );
}

export const ReviewPanel = ({ model, documentId, document }: { model: string; documentId?: string; document?: { updatedAt?: string } }) => {
  const { formatMessage } = useIntl();
  if (model !== REPORT_UID || !documentId) return null;
  return { title: formatMessage({ id: 'nianbao.panel.review', defaultMessage: '审核与发布' }), content: <Review documentId={documentId} version={document?.updatedAt ?? ''} /> };
};
