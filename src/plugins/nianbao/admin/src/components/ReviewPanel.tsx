/**
 * 审核与发布: the report's stage with the actions the user may take, the history of transitions,
 * the 定时发布 jobs with their outcomes, and the published versions.
 */
import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Button, Flex, Typography } from '@strapi/design-system';
import { REPORT_UID } from '../../../shared/constants';

interface Status {
  stage: 'draft' | 'submitted' | 'approved';
  stageLabel: string;
  history: { action: string; from: string; to: string; by: string; at: string; comment?: string }[];
  publications: { version: number; publicationTime: string; correctionNote: string | null }[];
}

interface Job {
  id: number;
  action: string;
  executeAt: string;
  state: string;
  lastError?: string | null;
}

const ACTIONS: Record<string, string> = { submit: '提交审核', approve: '审核通过', return: '退回修改', edit: '修改后回到拟稿' };
const JOB_STATES: Record<string, string> = { pending: '等待执行', running: '执行中', done: '已完成', refused: '被拒绝', failed: '失败', cancelled: '已取消' };
const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' });
const input: React.CSSProperties = { padding: '4px 6px', border: '1px solid #dcdce4', borderRadius: 4, font: 'inherit', minWidth: 0 };

function Review({ documentId, version }: { documentId: string; version: string }) {
  const { get, post, del } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [status, setStatus] = React.useState<Status | null>(null);
  const [jobs, setJobs] = React.useState<Job[]>([]);
  const [comment, setComment] = React.useState('');
  const [at, setAt] = React.useState('');

  const load = React.useCallback(async () => {
    setStatus((await get<{ data: Status }>(`/nianbao/reports/${documentId}/workflow`)).data.data);
    setJobs((await get<{ data: Job[] }>(`/nianbao/reports/${documentId}/schedule`)).data.data);
  }, [documentId]);
  React.useEffect(() => {
    load();
  }, [load, version]);

  const failed = (error: unknown) =>
    toggleNotification({ type: 'danger', message: (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message ?? '操作失败' });

  const act = async (action: string) => {
    try {
      await post(`/nianbao/reports/${documentId}/workflow`, { action, comment });
      setComment('');
      await load();
    } catch (error) {
      failed(error);
    }
  };

  const schedule = async () => {
    try {
      const res = await post<{ data: { warning: string | null } }>(`/nianbao/reports/${documentId}/schedule`, { executeAt: at.replace('T', ' '), action: 'publish' });
      toggleNotification({ type: res.data.data.warning ? 'warning' : 'success', message: res.data.data.warning ?? '已定时发布' });
      await load();
    } catch (error) {
      failed(error);
    }
  };

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
        {status.stage === 'submitted' && (
          <Button size="S" onClick={() => act('approve')}>
            审核通过
          </Button>
        )}
        {status.stage !== 'draft' && (
          <Button size="S" variant="danger-light" onClick={() => act('return')}>
            退回修改
          </Button>
        )}
      </Flex>
      {status.stage === 'approved' && (
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
              {when(j.executeAt)} {j.action === 'publish' ? '发布' : '撤回'}：{JOB_STATES[j.state] ?? j.state}
              {j.lastError ? `（${j.lastError.slice(0, 60)}）` : ''}
              {j.state === 'pending' && (
                <button type="button" onClick={() => del(`/nianbao/schedule/${j.id}`).then(load, failed)} style={{ marginLeft: 6, border: 0, background: 'none', color: '#4945ff', cursor: 'pointer' }}>
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
          {when(h.at)} {h.by} {ACTIONS[h.action] ?? h.action}
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
  if (model !== REPORT_UID || !documentId) return null;
  return { title: '审核与发布', content: <Review documentId={documentId} version={document?.updatedAt ?? ''} /> };
};
