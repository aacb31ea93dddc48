// DisputeFlow's Cockpit: overrides Camunda's app/cockpit/scripts/config.js (options: Camunda docs, "Cockpit
// configuration"). Its look (banner, logo) is in ../styles/user-styles.css.
export default {
  // The header reads "DisputeFlow Cockpit", and so does the browser tab.
  app: {
    name: 'Cockpit',
    vendor: 'DisputeFlow'
  },
  // ES modules under app/cockpit/, named without ".js" (e.g. 'scripts/my-plugin'); each exports its plugins.
  customScripts: ['scripts/disputeflow-permissions', 'scripts/disputeflow-dashboard', 'scripts/disputeflow-migration',
    'scripts/disputeflow-deliveries']
};
