package vn.giaoban.flow;

import vn.giaoban.support.ServiceTest;

/** The refused requests on the embedded H2 database. */
@ServiceTest
class BadInputH2Test extends BadInputContract {
}
