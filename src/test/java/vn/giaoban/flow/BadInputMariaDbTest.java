package vn.giaoban.flow;

import vn.giaoban.support.MariaDbServiceTest;

/** The refused requests on a real MariaDB (or MySQL) server, through Connector/J and the mysql profile. */
@MariaDbServiceTest
class BadInputMariaDbTest extends BadInputContract {
}
