package vn.giaoban.audit;

import vn.giaoban.support.MariaDbServiceTest;

/** Appending transactions taking turns on the chain, on a real MariaDB (or MySQL) server. */
@MariaDbServiceTest
class ChainTurnMariaDbTest extends ChainTurnContract {
}
