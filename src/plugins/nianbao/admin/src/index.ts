import { PreviewPanel } from './components/PreviewPanel';
import { ChecksPanel } from './components/ChecksPanel';
import { PluginIcon } from './components/PluginIcon';

const PLUGIN_ID = 'nianbao';

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
  },

  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([ChecksPanel, PreviewPanel]);
  },
};
