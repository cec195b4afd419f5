package vn.giaoban.flow;

import vn.giaoban.support.MariaDbServiceTest;

/** The full flow on a real MariaDB (or MySQL) server, through Connector/J and the mysql profile. */
@MariaDbServiceTest
class BriefingFlowMariaDbTest extends BriefingFlowContract {
}
