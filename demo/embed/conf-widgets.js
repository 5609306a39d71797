// The embed pages load conf-widgets.js beside them; in the demo, the one of dist/.
import '../../dist/conf-widgets.js';
