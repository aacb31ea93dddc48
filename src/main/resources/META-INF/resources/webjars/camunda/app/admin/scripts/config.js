// DisputeFlow's Admin: overrides Camunda's app/admin/scripts/config.js (options: Camunda docs, "Admin
// configuration"). Its look (banner, logo) is in ../styles/user-styles.css.
export default {
  // The header reads "DisputeFlow Admin", and so does the browser tab.
  app: {
    name: 'Admin',
    vendor: 'DisputeFlow'
  }
};
