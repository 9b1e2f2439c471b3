/**
 * An editor's whole path in the real admin, in Debian's Chromium: log in, create a report, paste
 * the tables as TSV, see the R01 error on its cell, fix it, save, publish, find it in the public
 * view. Screenshots of the grid and the panels go to artifacts/screenshots (not committed).
 */
import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { createAgency, UID } from '../helpers/report-api';
import { chromiumPath } from '../helpers/chromium';

const SHOTS = path.resolve(__dirname, '../../artifacts/screenshots');
const YEAR = new Date().getFullYear();
const CHROMIUM = chromiumPath();

let app: TestApp;
let browser: Browser;
let page: Page;

const tsv = (rows: (number | string)[][]) => rows.map((r) => r.join('\t')).join('\r\n') + '\r\n';

/** 表三 as copied from a spreadsheet: 25 rows × 7. 一 = 5 but 三（七）+ 四 = 4: an R01 error in 自然人 and 总计. */
const table3 = Array.from({ length: 25 }, () => [0, 0, 0, 0, 0, 0, 0]);
table3[0] = [5, 0, 0, 0, 0, 0, 5]; // 一、本年新收
table3[2] = [4, 0, 0, 0, 0, 0, 4]; // （一）予以公开
table3[23] = [4, 0, 0, 0, 0, 0, 4]; // （七）总计

async function paste(address: string, text: string) {
  await page.locator(`input[data-cell="${address}"]`).focus();
  await page.evaluate(
    ([cell, data]) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      document.querySelector(`input[data-cell="${cell}"]`)!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    [address, text],
  );
}

/** Playwright's own expect is not in playwright-core: poll until the page shows what is expected. */
async function eventually<T>(read: () => Promise<T>, expected: T, timeout = 8000): Promise<void> {
  const end = Date.now() + timeout;
  let actual = await read();
  while (JSON.stringify(actual) !== JSON.stringify(expected) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    actual = await read();
  }
  expect(actual).toEqual(expected);
}
const value = (l: Locator) => () => l.inputValue();
const invalid = (l: Locator) => () => l.getAttribute('aria-invalid');
const focused = (l: Locator) => () => l.evaluate((el) => el === document.activeElement);

async function shot(name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

(CHROMIUM ? describe : describe.skip)('editing a report in the admin', () => {
  beforeAll(async () => {
    app = await startTestApp({ admin: true });
    await app.adminToken();
    await createAgency(app, await app.apiToken(), { name: '浏览器测试局', type: 'governmentDepartment' });
    browser = await chromium.launch({
      executablePath: CHROMIUM!,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  let documentId: string;

  test('logs in to a Chinese admin', async () => {
    await page.goto(`${app.url}/admin/auth/login`);
    await page.locator('input[name="email"]').fill('admin@example.gov.cn');
    await page.locator('input[name="password"]').fill('Test-Admin-2024');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/admin(\/)?$/);
    expect(await page.evaluate(() => localStorage.getItem('strapi-admin-language'))).toBe('zh-Hans');
  });

  test('creates a report and pastes its tables; R01 shows on the right cells', async () => {
    await page.goto(`${app.url}/admin/content-manager/collection-types/${UID}/create`);
    await page.locator('input[name="year"]').fill(String(YEAR));
    await page.getByRole('combobox', { name: /^机关/ }).click();
    await page.getByRole('option', { name: '浏览器测试局' }).click();

    await paste('t2.rules.issued', tsv([[0, 0, 0], [0, 0, 0], [0], [0], [0], [0]]));
    await paste('t3.newReceived.naturalPerson', tsv(table3));
    await paste('t4.review.upheld', tsv([Array(15).fill(0)]));
    await eventually(value(page.locator('input[data-cell="t3.carriedForward.total"]')), '0');

    const cell = page.locator('input[data-cell="t3.newReceived.naturalPerson"]');
    await eventually(invalid(cell), 'true');
    const title = await cell.locator('xpath=..').getAttribute('title');
    expect(title).toContain('[R01] 表三 自然人列：一+二=5，三（七）+四=4，相差1');
    await eventually(invalid(page.locator('input[data-cell="t3.newReceived.commercial"]')), null);
    await cell.focus();
    await page.locator('table[data-table="requests"]').scrollIntoViewIfNeeded();
    await shot('grid-r01');
  });

  test('an invalid pasted value is kept and highlighted', async () => {
    await paste('t4.review.upheld', tsv([['x', 0]]));
    const cell = page.locator('input[data-cell="t4.review.upheld"]');
    await eventually(value(cell), 'x');
    await eventually(invalid(cell), 'true');
    await cell.fill('0');
    await eventually(invalid(cell), null);
  });

  test('fixing the cells with the keyboard clears R01, and the draft saves', async () => {
    const forward = page.locator('input[data-cell="t3.carriedForward.naturalPerson"]');
    await forward.fill('1');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await eventually(focused(page.locator('input[data-cell="t3.carriedForward.total"]')), true);
    await page.keyboard.press('Backspace');
    await page.keyboard.type('1');
    await eventually(invalid(page.locator('input[data-cell="t3.newReceived.naturalPerson"]')), null);

    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(new RegExp(`${UID}/(?!create)[a-z0-9]+`));
    documentId = page.url().split('/').pop()!.split('?')[0];
    const draft = await app.strapi.db.query(UID).findOne({ where: { documentId, publishedAt: null } });
    expect(draft.requests.carriedForward).toMatchObject({ naturalPerson: 1, total: 1 });
    expect(draft.title).toBe(`浏览器测试局${YEAR}年政府信息公开工作年度报告`);
  });

  test('is submitted, approved and published, and the public view shows it', async () => {
    // The narrative sections are typed in the Markdown editors, which are Strapi's own; they are
    // filled here through the document service so that this test stays about the tables.
    await app.strapi.documents(UID).update({
      documentId,
      status: 'draft',
      data: {
        periodStart: `${YEAR}-01-01`,
        periodEnd: `${YEAR}-12-31`,
        overview: {
          proactiveDisclosure: `${YEAR}年，本局及时主动公开政府信息。`,
          requestDisclosure: '依法办理政府信息公开申请。',
          infoManagement: '落实信息发布审核制度。',
          platform: '维护政府网站专栏。',
          oversight: '开展培训和考核。',
        },
        problems: '存在的问题：公开内容不够全面。下一步将加强培训，改进工作。',
        otherMatters: { feeStatement: '本年度未收取信息处理费。', feeCollectedAmountYuan: 0 },
      } as never,
    });
    const findings = await app.http().get(`/nianbao/reports/${documentId}/findings`).set({ Authorization: `Bearer ${await app.adminToken()}` });
    expect([findings.body.data.verdict, findings.body.data.findings.filter((f: { severity: string; notAssessable?: boolean }) => f.severity !== 'I').map((f: { message: string }) => f.message)]).toEqual(['校验通过，可以发布', []]);
    await page.reload();
    await page.locator('input[data-cell="t3.newReceived.naturalPerson"]').waitFor();
    await page.getByText('校验通过，可以发布').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByRole('button', { name: '审核通过' }).click();
    await page.locator('[data-stage="approved"]').waitFor();
    await shot('edit-panels');
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await eventually(async () => (await app.strapi.db.query(UID).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0, true, 20_000);

    const view = await app.http().get(`/api/nianbao/reports/${documentId}.html`);
    expect(view.status).toBe(200);
    expect(view.text).toContain('浏览器测试局');
    expect(view.text).toMatch(/<td data-cell="t3.newReceived.naturalPerson">5<\/td>/);
  });

  test('the 预览 panel shows the saved draft; 导入 reads a pasted report without saving it', async () => {
    const preview = page.locator('iframe[title="年报预览"]');
    await preview.scrollIntoViewIfNeeded();
    await eventually(async () => /浏览器测试局/.test((await preview.getAttribute('srcdoc')) ?? ''), true, 15_000);

    const reports = await app.strapi.db.query(UID).count({});
    await page.goto(`${app.url}/admin/plugins/nianbao`);
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const sample = fs.readFileSync(path.resolve(__dirname, '../../data/samples/huaian-szf-2024.txt'), 'utf8');
    await page.getByLabel('粘贴年报全文').fill(sample);
    await page.getByRole('button', { name: '解析（不保存）' }).click();
    await page.getByText('淮安市人民政府 2024', { exact: true }).waitFor({ timeout: 15_000 });
    await eventually(async () => /淮安市人民政府/.test((await page.locator('iframe[title="导入预览"]').getAttribute('srcdoc')) ?? ''), true);
    await shot('import-dry-run');
    expect(await app.strapi.db.query(UID).count({})).toBe(reports);
  });
});
