import { PreviewPanel } from './components/PreviewPanel';
import { ChecksPanel } from './components/ChecksPanel';
import { ReviewPanel } from './components/ReviewPanel';
import { PluginIcon } from './components/PluginIcon';

const PLUGIN_ID = 'nianbao';

/** The admin's messages are keyed `nianbao.<key>`, as Strapi's own plugins key theirs. */
const prefixed = (data: Record<string, string>) => Object.fromEntries(Object.entries(data).map(([k, v]) => [`${PLUGIN_ID}.${k}`, v]));

export default {
  register(app: any) {
    app.registerPlugin({ id: PLUGIN_ID, name: '公开年报' });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: '公开年报' },
      Component: () => import('./pages/App'),
      permissions: [],
    });
    app.customFields.register({
      name: 'stats-table',
      pluginId: PLUGIN_ID,
      type: 'json',
      intlLabel: { id: `${PLUGIN_ID}.stats-table.label`, defaultMessage: '统计表格' },
      intlDescription: { id: `${PLUGIN_ID}.stats-table.description`, defaultMessage: '按国家模板排列的表二、表三、表四' },
      icon: PluginIcon,
      components: { Input: () => import('./components/StatsTableInput') },
    });
  },

  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([ReviewPanel, ChecksPanel, PreviewPanel]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: prefixed(data), locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};
