package vn.giaoban.trust;

import vn.giaoban.support.ServiceTest;

/** The races on the embedded H2 database. */
@ServiceTest
class ConcurrencyH2Test extends ConcurrencyContract {
}
