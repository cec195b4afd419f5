package vn.giaoban.flow;

import vn.giaoban.support.MariaDbServiceTest;

/** The official documents on a real MariaDB (or MySQL) server. */
@MariaDbServiceTest
class OfficialDocumentsMariaDbTest extends OfficialDocumentsContract {
}
