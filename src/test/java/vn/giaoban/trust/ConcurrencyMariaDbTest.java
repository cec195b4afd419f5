package vn.giaoban.trust;

import vn.giaoban.support.MariaDbServiceTest;

/** The races on a real MariaDB (or MySQL) server. */
@MariaDbServiceTest
class ConcurrencyMariaDbTest extends ConcurrencyContract {
}
