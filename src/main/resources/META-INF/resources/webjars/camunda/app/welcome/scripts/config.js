// DisputeFlow's Welcome page (the administrators' overview of the webapps; everybody else lands on Tasklist):
// overrides Camunda's app/welcome/scripts/config.js. Its look (banner, logo) is in ../styles/user-styles.css.
export default {
  // The header reads "DisputeFlow Welcome", and so does the browser tab.
  app: {
    name: 'Welcome',
    vendor: 'DisputeFlow'
  }
};
