package vn.giaoban.audit;

import vn.giaoban.support.MariaDbServiceTest;

/** Audit texts on a real MariaDB (or MySQL) server, where entries are sent as the text of inserts. */
@MariaDbServiceTest
class AuditTextsMariaDbTest extends AuditTextsContract {
}
