/**
 * The review workflow of the free edition: 拟稿 → 待审核 → 已审核, and 退回修改 back to 拟稿 with a
 * comment. Pure rules, shared by the server and the admin; who may do what is decided by the roles
 * the caller holds.
 */
export const STAGES = ['draft', 'submitted', 'approved'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = { draft: '拟稿', submitted: '待审核', approved: '已审核' };

export type WorkflowAction = 'submit' | 'approve' | 'return';
export const ACTION_LABELS: Record<WorkflowAction | 'edit', string> = { submit: '提交审核', approve: '审核通过', return: '退回修改', edit: '修改后回到拟稿' };

/** 编辑 submit; 审核人 approve and return (and may submit). */
export type Capability = 'editor' | 'reviewer';

export interface HistoryEntry {
  action: WorkflowAction | 'edit';
  from: Stage;
  to: Stage;
  by: string;
  at: string;
  comment?: string;
}

const RULES: Record<WorkflowAction, { from: Stage[]; to: Stage; needs: Capability }> = {
  submit: { from: ['draft'], to: 'submitted', needs: 'editor' },
  approve: { from: ['submitted'], to: 'approved', needs: 'reviewer' },
  return: { from: ['submitted', 'approved'], to: 'draft', needs: 'reviewer' },
};

export type TransitionResult = { ok: true; to: Stage } | { ok: false; message: string };

export function transition(stage: Stage, action: WorkflowAction, capabilities: Capability[], comment?: string): TransitionResult {
  const rule = RULES[action];
  if (!rule) return { ok: false, message: `未知的审核操作“${action}”` };
  const can = capabilities.includes(rule.needs) || (rule.needs === 'editor' && capabilities.includes('reviewer'));
  if (!can) return { ok: false, message: `只有${rule.needs === 'reviewer' ? '审核人' : '编辑'}可以“${ACTION_LABELS[action]}”` };
  if (!rule.from.includes(stage)) {
    return { ok: false, message: `当前状态为“${STAGE_LABELS[stage]}”，不能“${ACTION_LABELS[action]}”` };
  }
  if (action === 'return' && !comment?.trim()) return { ok: false, message: '退回修改时请填写意见' };
  return { ok: true, to: rule.to };
}
