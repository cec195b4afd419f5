package vn.giaoban.audit;

import vn.giaoban.support.MariaDbServiceTest;

/** Download back-pressure on a real MariaDB (or MySQL) server. */
@MariaDbServiceTest
class DownloadBackpressureMariaDbTest extends DownloadBackpressureContract {
}
