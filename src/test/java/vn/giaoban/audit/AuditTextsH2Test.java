package vn.giaoban.audit;

import vn.giaoban.support.ServiceTest;

/** Audit texts on the embedded H2 database, where entries are bound to a prepared insert. */
@ServiceTest
class AuditTextsH2Test extends AuditTextsContract {
}
