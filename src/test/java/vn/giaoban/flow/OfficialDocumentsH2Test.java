package vn.giaoban.flow;

import vn.giaoban.support.ServiceTest;

/** The official documents on the embedded H2 database. */
@ServiceTest
class OfficialDocumentsH2Test extends OfficialDocumentsContract {
}
