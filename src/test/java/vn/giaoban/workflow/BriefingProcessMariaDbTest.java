package vn.giaoban.workflow;

import vn.giaoban.support.MariaDbServiceTest;

/** {@link BriefingProcessContract} on a real MariaDB (or MySQL) server. */
@MariaDbServiceTest
class BriefingProcessMariaDbTest extends BriefingProcessContract {
}
